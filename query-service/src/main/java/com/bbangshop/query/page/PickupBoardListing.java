package com.bbangshop.query.page;

import com.bbangshop.api.board.BoardCode;
import com.bbangshop.api.board.FindPickupBoardQuery;
import com.bbangshop.api.board.PickupBoard;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.rules.Limits;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;

/** The pickup board, read from the pages: codes only, each column in the order its codes came onto it. */
@Component
public class PickupBoardListing {

    private final JdbcTemplate jdbc;

    PickupBoardListing(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public PickupBoard handle(FindPickupBoardQuery query) {
        int limit = Math.max(1, Math.min(query.limit(), Limits.MAX_PAGE_SIZE));
        return new PickupBoard(codes(ReservationStatus.CONFIRMED, limit), codes(ReservationStatus.READY, limit));
    }

    private List<BoardCode> codes(ReservationStatus status, int limit) {
        return jdbc.query("SELECT pickup_code, pickup_by FROM pages WHERE status = ? AND pickup_code IS NOT NULL "
                        + "ORDER BY updated_at ASC, reservation_id ASC LIMIT ?",
                (row, number) -> new BoardCode(row.getString(1),
                        PageListing.instant(row.getObject(2, OffsetDateTime.class))),
                status.name(), limit);
    }
}
