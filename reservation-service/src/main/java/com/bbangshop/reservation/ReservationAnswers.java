package com.bbangshop.reservation;

import com.bbangshop.api.page.FindReservationQuery;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.support.readmodel.ReadModelWaiter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Every command on a reservation answers its view: 200 once the read side shows the command done, or 202 with
 * {@code Location} and the view as it stands (the command goes on) when that takes longer than the decision timeout.
 */
final class ReservationAnswers {

    private final QueryGateway queryGateway;
    private final ReadModelWaiter readModel;
    private final Duration decisionTimeout;

    ReservationAnswers(QueryGateway queryGateway, Duration decisionTimeout) {
        this.queryGateway = queryGateway;
        this.readModel = new ReadModelWaiter(queryGateway);
        this.decisionTimeout = decisionTimeout;
    }

    CompletableFuture<ResponseEntity<Object>> answerWithView(
            String reservationId, Supplier<CompletableFuture<?>> command, ReservationStatus done) {
        FindReservationQuery query = new FindReservationQuery(reservationId);
        return readModel.sendAndAwait(query, ReservationView.class, command, view -> view.status() == done,
                        decisionTimeout)
                .thenCompose(shown -> shown.isPresent()
                        ? CompletableFuture.completedFuture(ResponseEntity.ok().<Object>body(shown.get()))
                        : queryGateway.query(query, ResponseTypes.optionalInstanceOf(ReservationView.class))
                                .thenApply(now -> ResponseEntity.accepted().location(location(reservationId))
                                        .<Object>body(now.map(Object.class::cast).orElseGet(() ->
                                                Map.of("reservationId", reservationId)))));
    }

    static URI location(String reservationId) {
        return URI.create("/reservations/" + reservationId);
    }
}
