package com.bbangshop.query.live;

import com.bbangshop.api.waitlist.FindWaiterQuery;
import com.bbangshop.api.waitlist.WaiterView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.concurrent.CompletableFuture;

/** A waiting customer's card, live: their place in line, their offer, and how it ended. */
@Tag(name = "live")
@RestController
public class LiveWaitlistController {

    private final QueryGateway queryGateway;
    private final LiveSubscriptions subscriptions;

    LiveWaitlistController(QueryGateway queryGateway, LiveSubscriptions subscriptions) {
        this.queryGateway = queryGateway;
        this.subscriptions = subscriptions;
    }

    @Operation(summary = "One place on a waitlist, live",
            description = "snapshot: the WaiterView; changes: its latest WaiterView, also when someone ahead leaves "
                    + "the line or is offered a loaf (a new position).",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/event-stream")))
    @GetMapping("/live/waitlist/{waiterId}")
    public CompletableFuture<ResponseEntity<SseEmitter>> waiter(@PathVariable String waiterId) {
        return subscriptions.one(() -> queryGateway.subscriptionQuery(new FindWaiterQuery(waiterId),
                        ResponseTypes.instanceOf(WaiterView.class), ResponseTypes.instanceOf(WaiterView.class)),
                WaiterView::waiterId, "no one waits with id " + waiterId);
    }
}
