package com.bbangshop.bakery.stock;

import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.FindBreadQuery;
import com.bbangshop.support.readmodel.ReadModelWaiter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every command on a bread answers the bread's view: 200 once the read side shows the command done, or 202 with
 * {@code Location} and the view as it stands when that takes longer than the read side's catch-up.
 */
final class BreadAnswers {

    private final QueryGateway queryGateway;
    private final ReadModelWaiter readModel;
    private final Duration catchUp;

    BreadAnswers(QueryGateway queryGateway, Duration catchUp) {
        this.queryGateway = queryGateway;
        this.readModel = new ReadModelWaiter(queryGateway);
        this.catchUp = catchUp;
    }

    ResponseEntity<Object> runAndAnswer(String breadId, Runnable command, Predicate<BreadView> done) {
        FindBreadQuery query = new FindBreadQuery(breadId);
        return readModel.runAndAwait(query, BreadView.class, command, done, catchUp)
                .<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> accepted(breadId, current(breadId).<Object>map(view -> view)
                        .orElseGet(() -> Map.of("breadId", breadId))));
    }

    Optional<BreadView> current(String breadId) {
        return queryGateway.query(new FindBreadQuery(breadId), ResponseTypes.optionalInstanceOf(BreadView.class))
                .join();
    }

    static ResponseEntity<Object> accepted(String breadId, Object body) {
        return ResponseEntity.accepted().location(URI.create("/breads/" + breadId)).body(body);
    }
}
