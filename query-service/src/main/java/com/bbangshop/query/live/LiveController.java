package com.bbangshop.query.live;

import com.bbangshop.api.assignment.AssignmentChange;
import com.bbangshop.api.assignment.AssignmentList;
import com.bbangshop.api.assignment.WatchAssignmentsQuery;
import com.bbangshop.api.page.FindReservationQuery;
import com.bbangshop.api.page.ReservationList;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.page.WatchPagesQuery;
import com.bbangshop.api.stock.BreadList;
import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.WatchBreadsQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Server-Sent Event streams of the read model, fed by Axon subscription queries. Each starts with a {@code snapshot}
 * of the current state, then sends {@code changes} (coalesced, see {@link Coalescing}) and heartbeat comments; see
 * {@link LiveSubscriptions}.
 */
@Tag(name = "live", description = "Server-Sent Event streams: a 'snapshot' event, then 'changes' events")
@RestController
@RequestMapping("/live")
public class LiveController {

    private static final String EVENT_STREAM = "text/event-stream";

    private final QueryGateway queryGateway;
    private final LiveSubscriptions subscriptions;
    private final LiveStreamMetrics metrics;
    private final LiveProperties properties;

    LiveController(QueryGateway queryGateway, LiveSubscriptions subscriptions, LiveStreamMetrics metrics,
                   LiveProperties properties) {
        this.queryGateway = queryGateway;
        this.subscriptions = subscriptions;
        this.metrics = metrics;
        this.properties = properties;
    }

    @Operation(summary = "One reservation's status, live",
            description = "snapshot: the ReservationView; changes: its latest ReservationView. Only changes of this "
                    + "reservation are sent.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = EVENT_STREAM)))
    @GetMapping("/reservations/{reservationId}")
    public CompletableFuture<ResponseEntity<SseEmitter>> reservation(@PathVariable String reservationId) {
        return subscriptions.one(() -> queryGateway.subscriptionQuery(new FindReservationQuery(reservationId),
                        ResponseTypes.instanceOf(ReservationView.class),
                        ResponseTypes.instanceOf(ReservationView.class)),
                ReservationView::reservationId, "no reservation with id " + reservationId);
    }

    @Operation(summary = "Every bread's remaining stock, live",
            description = "snapshot: the breads (BreadView[], oldest first); changes: the breads that changed.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = EVENT_STREAM)))
    @GetMapping("/breads")
    public ResponseEntity<SseEmitter> breads() {
        return subscriptions.whole(() -> queryGateway.subscriptionQuery(new WatchBreadsQuery(properties.listLimit()),
                        ResponseTypes.instanceOf(BreadList.class), ResponseTypes.instanceOf(BreadView.class)),
                BreadList::items, List.of(), BreadView::breadId);
    }

    @Operation(summary = "All reservations (the staff's pages table), live",
            description = "snapshot: the newest reservations (ReservationView[]); changes: the reservations that "
                    + "changed.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = EVENT_STREAM)))
    @GetMapping("/pages")
    public ResponseEntity<SseEmitter> pages() {
        return subscriptions.whole(() -> queryGateway.subscriptionQuery(new WatchPagesQuery(properties.listLimit()),
                        ResponseTypes.instanceOf(ReservationList.class),
                        ResponseTypes.instanceOf(ReservationView.class)),
                ReservationList::items, List.of(), ReservationView::reservationId);
    }

    @Operation(summary = "The bakers' current assignments, live",
            description = "snapshot: the assignments (AssignmentView[]); changes: AssignmentChange[], where a null "
                    + "assignment means it was deleted.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = EVENT_STREAM)))
    @GetMapping("/assignments")
    public ResponseEntity<SseEmitter> assignments() {
        return subscriptions.whole(() -> queryGateway.subscriptionQuery(
                        new WatchAssignmentsQuery(properties.listLimit()),
                        ResponseTypes.instanceOf(AssignmentList.class),
                        ResponseTypes.instanceOf(AssignmentChange.class)),
                AssignmentList::items, List.of(), AssignmentChange::reservationId);
    }

    @Operation(summary = "How many live streams and subscription queries are open now")
    @GetMapping("/subscriptions")
    public LiveSubscriptionCount subscriptions() {
        return metrics.count();
    }
}
