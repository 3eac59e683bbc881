package com.bbangshop.query.page;

import com.bbangshop.api.page.FindReservationQuery;
import com.bbangshop.api.page.FindReservationsQuery;
import com.bbangshop.api.page.ReservationList;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.rules.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The seed's view service: {@code GET /pages}. */
@RestController
@RequestMapping("/pages")
public class PageController {

    private final QueryGateway queryGateway;

    public PageController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping
    public ReservationList list(@RequestParam(defaultValue = "0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(Limits.MAX_PAGE_SIZE) int size,
                                @RequestParam(required = false) ReservationStatus status,
                                @RequestParam(defaultValue = "false") boolean flagged) {
        return queryGateway.query(new FindReservationsQuery(page, size, status, flagged), ReservationList.class)
                .join();
    }

    @GetMapping("/{reservationId}")
    public ReservationView one(@PathVariable String reservationId) {
        return queryGateway.query(new FindReservationQuery(reservationId),
                        ResponseTypes.optionalInstanceOf(ReservationView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no reservation with id " + reservationId));
    }
}
