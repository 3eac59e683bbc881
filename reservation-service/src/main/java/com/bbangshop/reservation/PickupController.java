package com.bbangshop.reservation;

import com.bbangshop.api.page.FindReservationsQuery;
import com.bbangshop.api.page.ReservationList;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.reservation.PickUpReservationCommand;
import com.bbangshop.api.reservation.ReservationStatus;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counter: staff hand loaves over by the code the customer shows. The read model finds the reservation; the
 * reservation itself checks the code, so a read model that is behind cannot hand over the wrong one.
 */
@RestController
@RequestMapping("/pickups")
public class PickupController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public PickupController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @PostMapping
    public Map<String, Object> pickUp(@Valid @RequestBody PickupCodeRequest request) {
        String code = PickupCodeRequest.normalized(request.code());
        // the reservations with this code that have not ended come first: the one waiting at the counter
        ReservationList found = queryGateway.query(new FindReservationsQuery(0, 1, null, false, code),
                ReservationList.class).join();
        ReservationView reservation = found.items().stream().findFirst().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no reservation has pickup code " + code));
        commandGateway.sendAndWait(new PickUpReservationCommand(reservation.reservationId(), code));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reservationId", reservation.reservationId());
        body.put("pickupCode", code);
        body.put("breadName", reservation.breadName());
        body.put("quantity", reservation.quantity());
        body.put("status", ReservationStatus.PICKED_UP);
        return body;
    }
}
