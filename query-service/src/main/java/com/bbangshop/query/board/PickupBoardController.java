package com.bbangshop.query.board;

import com.bbangshop.api.board.FindPickupBoardQuery;
import com.bbangshop.api.board.PickupBoard;
import com.bbangshop.api.rules.Limits;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The pickup board as JSON, for any screen that cannot keep a live stream open; {@code /board} is its page. */
@RestController
public class PickupBoardController {

    private final QueryGateway queryGateway;

    public PickupBoardController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "The pickup board: codes being baked and codes ready at the counter (codes only)")
    @GetMapping("/pickup-board")
    public ResponseEntity<PickupBoard> board() {
        PickupBoard board = queryGateway.query(new FindPickupBoardQuery(Limits.MAX_PAGE_SIZE), PickupBoard.class)
                .join();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(board);
    }
}
