package com.bbangshop.query.page;

import com.bbangshop.api.board.BoardColumn;
import com.bbangshop.api.board.FindPickupBoardQuery;
import com.bbangshop.api.board.PickupBoardChange;
import com.bbangshop.api.page.FindReservationQuery;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.page.WatchPagesQuery;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.query.live.LiveUpdates;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * A changed page, pushed to whoever watches that one reservation, whoever watches them all, and, when its code comes
 * onto the pickup board, moves on it or leaves it, to the board's watchers.
 */
@Component
class PageUpdates {

    private final PageBreadNames breadNames;
    private final LiveUpdates live;

    PageUpdates(PageBreadNames breadNames, LiveUpdates live) {
        this.breadNames = breadNames;
        this.live = live;
    }

    void changed(PageEntry page) {
        Supplier<ReservationView> view = LiveUpdates.once(() -> page.toView(breadNames.nameOf(page.breadId())));
        live.push(FindReservationQuery.class, query -> query.reservationId().equals(page.reservationId()), view);
        live.push(WatchPagesQuery.class, everyWatcher -> true, view);
        if (page.pickupCode() != null && concernsTheBoard(page.status())) {
            BoardColumn column = BoardColumn.of(page.status()).orElse(null);
            PickupBoardChange change = new PickupBoardChange(page.pickupCode(), column,
                    column == BoardColumn.READY ? page.pickupBy() : null);
            live.push(FindPickupBoardQuery.class, everyWatcher -> true, () -> change);
        }
    }

    /** On the board, or a step that takes a code off it; earlier steps never put one there. */
    private static boolean concernsTheBoard(ReservationStatus status) {
        return BoardColumn.of(status).isPresent() || status.isTerminal()
                || status == ReservationStatus.CANCELLATION_REQUESTED;
    }
}
