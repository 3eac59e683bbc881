package com.bbangshop.reservation;

import com.bbangshop.api.page.FindReservationsQuery;
import com.bbangshop.api.page.ReservationList;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.reservation.PickUpReservationCommand;
import com.bbangshop.api.reservation.ReservationStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.concurrent.CompletableFuture;

/**
 * The counter: staff hand loaves over by the code the customer shows. The read model finds the reservation; the
 * reservation itself checks the code, so a read model that is behind cannot hand over the wrong one.
 */
@RestController
@RequestMapping("/pickups")
public class PickupController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReservationAnswers answers;

    public PickupController(CommandGateway commandGateway, QueryGateway queryGateway,
                            ReservationProperties reservationProperties) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.answers = new ReservationAnswers(queryGateway, reservationProperties.decisionTimeout());
    }

    @Operation(summary = "Hand loaves over by the customer's pickup code (staff)", description = "Case, spaces and "
            + "dashes do not matter. 200: the reservation's view, PICKED_UP; 202: the view as it stands if the read "
            + "side is late; 404: no reservation has the code; 409: neither confirmed nor ready, or picked up already")
    @ApiResponse(responseCode = "200", description = "handed over: the reservation's view")
    @ApiResponse(responseCode = "202", description = "handed over; the read side has not shown it yet")
    @PostMapping
    public CompletableFuture<ResponseEntity<Object>> pickUp(@Valid @RequestBody PickupCodeRequest request) {
        String code = PickupCodeRequest.normalized(request.code());
        // the reservations with this code that have not ended come first: the one waiting at the counter
        ReservationList found = queryGateway.query(new FindReservationsQuery(0, 1, null, false, code),
                ReservationList.class).join();
        ReservationView reservation = found.items().stream().findFirst().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no reservation has pickup code " + code));
        return answers.answerWithView(reservation.reservationId(), () -> commandGateway.send(
                new PickUpReservationCommand(reservation.reservationId(), code)), ReservationStatus.PICKED_UP);
    }
}
