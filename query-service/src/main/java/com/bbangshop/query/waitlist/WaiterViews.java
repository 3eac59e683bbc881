package com.bbangshop.query.waitlist;

import com.bbangshop.api.waitlist.WaiterView;
import com.bbangshop.query.page.PageBreadNames;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Waiters as their cards and the staff see them: a waiting one's position counted when it is read (1 + the waiting
 * ahead in the same bread), the bread's name from the pages' copy of the names, read late like the pages read it.
 */
@Component
class WaiterViews {

    private final WaiterRows rows;
    private final PageBreadNames breadNames;

    WaiterViews(WaiterRows rows, PageBreadNames breadNames) {
        this.rows = rows;
        this.breadNames = breadNames;
    }

    Optional<WaiterView> one(String waiterId) {
        return rows.find(waiterId).map(waiter -> waiter.toView(breadNames.nameOf(waiter.breadId()),
                waiter.waiting() ? 1 + rows.waitingAhead(waiter.breadId(), waiter.line()) : null));
    }

    /** The waiting of a bread who joined after {@code line}, with their positions. */
    List<WaiterView> waitingBehind(String breadId, long line) {
        String breadName = breadNames.nameOf(breadId);
        List<WaiterView> behind = new ArrayList<>();
        int position = rows.waitingAhead(breadId, line);
        for (Waiter waiter : rows.waitingBehind(breadId, line)) {
            behind.add(waiter.toView(breadName, ++position));
        }
        return behind;
    }

    /** A bread's line in order: those holding an offer, then the waiting, numbered from 1. */
    List<WaiterView> line(String breadId) {
        String breadName = breadNames.nameOf(breadId);
        List<WaiterView> line = new ArrayList<>();
        int position = 0;
        for (Waiter waiter : rows.line(breadId)) {
            line.add(waiter.toView(breadName, waiter.waiting() ? ++position : null));
        }
        return line;
    }
}
