package com.bbangshop.query.live;

import com.bbangshop.support.readmodel.ReadSideProperties;
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
import com.bbangshop.query.rebuild.ReadModelRebuild;
import com.bbangshop.query.rebuild.RebuildingQueryGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Server-Sent Event streams of the read model, fed by Axon subscription queries. Each starts with a {@code snapshot}
 * of the current state, then sends {@code changes} (coalesced, see {@link Coalescing}) and heartbeat comments.
 * Initial results are asked for as one record (a missing one is an empty result), never as an Optional or a List:
 * Axon Server hands a subscription's initial result over as it was serialized, without converting it, and those
 * would arrive holding untyped maps.
 */
@Tag(name = "live", description = "Server-Sent Event streams: a 'snapshot' event, then 'changes' events")
@RestController
@RequestMapping("/live")
public class LiveController {

    private static final Duration SNAPSHOT_TIMEOUT = Duration.ofSeconds(10);
    private static final String EVENT_STREAM = "text/event-stream";

    private final QueryGateway queryGateway;
    private final LiveStreams streams;
    private final LiveStreamMetrics metrics;
    private final LiveProperties properties;
    private final ReadModelRebuild rebuild;
    private final Duration catchUp;

    public LiveController(QueryGateway queryGateway, LiveStreams streams, LiveStreamMetrics metrics,
                          LiveProperties properties, ReadModelRebuild rebuild, ReadSideProperties readSide) {
        this.queryGateway = queryGateway;
        this.streams = streams;
        this.metrics = metrics;
        this.properties = properties;
        this.rebuild = rebuild;
        this.catchUp = readSide.catchUp();
    }

    @Operation(summary = "One reservation's status, live",
            description = "snapshot: the ReservationView; changes: its latest ReservationView. Only changes of this "
                    + "reservation are sent.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = EVENT_STREAM)))
    @GetMapping("/reservations/{reservationId}")
    public CompletableFuture<ResponseEntity<SseEmitter>> reservation(@PathVariable String reservationId) {
        SubscriptionQueryResult<ReservationView, ReservationView> watch = subscribe(() ->
                queryGateway.subscriptionQuery(new FindReservationQuery(reservationId),
                        ResponseTypes.instanceOf(ReservationView.class),
                        ResponseTypes.instanceOf(ReservationView.class)));
        return watch.initialResult().timeout(SNAPSHOT_TIMEOUT)
                .switchIfEmpty(Mono.defer(() -> justPlaced(reservationId)))
                .map(current -> {
                    Flux<LiveFrame> changes = coalesced(watch.updates(), ReservationView::reservationId)
                            .map(batch -> LiveFrame.changes(batch.get(batch.size() - 1)));
                    return unbuffered(streams.open(Flux.just(LiveFrame.snapshot(current)).concatWith(changes),
                            watch::close));
                })
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no reservation with id " + reservationId)))
                .doOnError(failure -> watch.close())
                .toFuture();
    }

    @Operation(summary = "Every bread's remaining stock, live",
            description = "snapshot: the breads (BreadView[], oldest first); changes: the breads that changed.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = EVENT_STREAM)))
    @GetMapping("/breads")
    public ResponseEntity<SseEmitter> breads() {
        return listStream(() -> queryGateway.subscriptionQuery(new WatchBreadsQuery(properties.listLimit()),
                        ResponseTypes.instanceOf(BreadList.class), ResponseTypes.instanceOf(BreadView.class)),
                BreadList::items, BreadView::breadId);
    }

    @Operation(summary = "All reservations (the staff's pages table), live",
            description = "snapshot: the newest reservations (ReservationView[]); changes: the reservations that "
                    + "changed.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = EVENT_STREAM)))
    @GetMapping("/pages")
    public ResponseEntity<SseEmitter> pages() {
        return listStream(() -> queryGateway.subscriptionQuery(new WatchPagesQuery(properties.listLimit()),
                        ResponseTypes.instanceOf(ReservationList.class),
                        ResponseTypes.instanceOf(ReservationView.class)),
                ReservationList::items, ReservationView::reservationId);
    }

    @Operation(summary = "The bakers' current assignments, live",
            description = "snapshot: the assignments (AssignmentView[]); changes: AssignmentChange[], where a null "
                    + "assignment means it was deleted.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = EVENT_STREAM)))
    @GetMapping("/assignments")
    public ResponseEntity<SseEmitter> assignments() {
        return listStream(() -> queryGateway.subscriptionQuery(new WatchAssignmentsQuery(properties.listLimit()),
                        ResponseTypes.instanceOf(AssignmentList.class),
                        ResponseTypes.instanceOf(AssignmentChange.class)),
                AssignmentList::items, AssignmentChange::reservationId);
    }

    @Operation(summary = "How many live streams and subscription queries are open now")
    @GetMapping("/subscriptions")
    public LiveSubscriptionCount subscriptions() {
        return metrics.count();
    }

    private <L, T, U> ResponseEntity<SseEmitter> listStream(Supplier<SubscriptionQueryResult<L, U>> query,
                                                            Function<L, List<T>> items, Function<U, ?> key) {
        SubscriptionQueryResult<L, U> watch = subscribe(query);
        List<T> current = snapshotOf(watch).map(items).orElseGet(List::of);
        Flux<LiveFrame> changes = coalesced(watch.updates(), key).map(LiveFrame::changes);
        return unbuffered(streams.open(Flux.just(LiveFrame.snapshot(current)).concatWith(changes), watch::close));
    }

    /** A proxy that buffers responses (nginx does by default) would hold the frames back. */
    private static ResponseEntity<SseEmitter> unbuffered(SseEmitter emitter) {
        return ResponseEntity.ok().header("X-Accel-Buffering", "no").cacheControl(CacheControl.noStore())
                .body(emitter);
    }

    private <I, U> SubscriptionQueryResult<I, U> subscribe(Supplier<SubscriptionQueryResult<I, U>> query) {
        if (rebuild.isRebuilding()) {
            throw RebuildingQueryGuard.refusal();
        }
        return query.get();
    }

    /**
     * A reservation is answered before its page is written; a kiosk that opens its stream at once waits, for a
     * bounded time, until the page appears rather than hearing "no such reservation". The wait holds no server
     * thread: an unknown id asked for by many clients at once must not park the threads the shop serves with.
     */
    private Mono<ReservationView> justPlaced(String reservationId) {
        SubscriptionQueryResult<ReservationView, ReservationView> arrival =
                queryGateway.subscriptionQuery(new FindReservationQuery(reservationId),
                        ResponseTypes.instanceOf(ReservationView.class),
                        ResponseTypes.instanceOf(ReservationView.class));
        return arrival.initialResult().concatWith(arrival.updates()).next()
                .timeout(catchUp, Mono.empty())
                .doFinally(signal -> arrival.close());
    }

    /** The initial result, read after the subscription was made so that no update between the two is missed. */
    private static <I, U> Optional<I> snapshotOf(SubscriptionQueryResult<I, U> watch) {
        try {
            return watch.initialResult().blockOptional(SNAPSHOT_TIMEOUT);
        } catch (RuntimeException e) {
            watch.close();
            throw e;
        }
    }

    private <U> Flux<List<U>> coalesced(Flux<U> updates, Function<U, ?> key) {
        return Coalescing.latestPerKey(updates, key, properties.coalesceWindow());
    }
}
