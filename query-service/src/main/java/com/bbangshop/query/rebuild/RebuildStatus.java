package com.bbangshop.query.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * The read model's state as {@code GET /admin/rebuild} tells it. {@code failure} is why the last rebuild could not
 * reset the projections (they were restarted with what they had).
 */
public record RebuildStatus(State state, Instant startedAt, Instant finishedAt, String failure,
                            List<ProcessorProgress> processors) {

    public enum State {
        /** Every view is complete and served. */
        READY,
        /** The projections are replaying the event store; views are refused until they have caught up. */
        REBUILDING
    }

    static RebuildStatus neverRebuilt() {
        return new RebuildStatus(State.READY, null, null, null, List.of());
    }

    public boolean rebuilding() {
        return state == State.REBUILDING;
    }
}
