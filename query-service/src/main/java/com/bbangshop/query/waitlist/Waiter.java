package com.bbangshop.query.waitlist;

import com.bbangshop.api.waitlist.WaiterStatus;
import com.bbangshop.api.waitlist.WaiterView;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** One row of the waiters table; {@code line} orders the waiters of a bread as they joined. */
record Waiter(String waiterId, long line, String breadId, WaiterStatus status, String offerId, Instant holdUntil,
              String reservationId, Instant joinedAt, Instant updatedAt) {

    /** A place in line ends once: a later event about it (one handled twice) changes nothing. */
    private static final Set<WaiterStatus> ENDED = EnumSet.of(WaiterStatus.ACCEPTED, WaiterStatus.DECLINED,
            WaiterStatus.EXPIRED, WaiterStatus.LEFT);

    static Waiter joined(String waiterId, String breadId, Instant at) {
        return new Waiter(waiterId, 0, breadId, WaiterStatus.WAITING, null, null, null, at, at);
    }

    boolean ended() {
        return ENDED.contains(status);
    }

    boolean waiting() {
        return status == WaiterStatus.WAITING;
    }

    Waiter offered(String offerId, Instant holdUntil, Instant at) {
        return new Waiter(waiterId, line, breadId, WaiterStatus.OFFERED, offerId, holdUntil, reservationId, joinedAt,
                at);
    }

    Waiter ended(WaiterStatus how, String reservationId, Instant at) {
        return new Waiter(waiterId, line, breadId, how, offerId, holdUntil, reservationId, joinedAt, at);
    }

    /** {@code position} only while waiting: 1 is next. */
    WaiterView toView(String breadName, Integer position) {
        return new WaiterView(waiterId, breadId, breadName, status, waiting() ? position : null, offerId, holdUntil,
                reservationId, joinedAt, updatedAt);
    }
}
