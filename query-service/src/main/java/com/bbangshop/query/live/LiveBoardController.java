package com.bbangshop.query.live;

import com.bbangshop.api.board.FindPickupBoardQuery;
import com.bbangshop.api.board.PickupBoard;
import com.bbangshop.api.board.PickupBoardChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;

/** The pickup board above the counter, live: public, and codes only. */
@Tag(name = "live")
@RestController
public class LiveBoardController {

    private final QueryGateway queryGateway;
    private final LiveSubscriptions subscriptions;
    private final LiveProperties properties;

    LiveBoardController(QueryGateway queryGateway, LiveSubscriptions subscriptions, LiveProperties properties) {
        this.queryGateway = queryGateway;
        this.subscriptions = subscriptions;
        this.properties = properties;
    }

    @Operation(summary = "The pickup board, live",
            description = "snapshot: the PickupBoard ({baking: BoardCode[], ready: BoardCode[]}); changes: "
                    + "PickupBoardChange[], where a null column means the code left the board.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/event-stream")))
    @GetMapping("/live/board")
    public ResponseEntity<SseEmitter> board() {
        return subscriptions.whole(() -> queryGateway.subscriptionQuery(
                        new FindPickupBoardQuery(properties.listLimit()), ResponseTypes.instanceOf(PickupBoard.class),
                        ResponseTypes.instanceOf(PickupBoardChange.class)),
                board -> board, new PickupBoard(List.of(), List.of()), PickupBoardChange::pickupCode);
    }
}
