package com.bbangshop.query.rebuild;

/** How far one projection's processor has got: it is done once every segment is claimed and caught up. */
public record ProcessorProgress(String name, boolean running, int segments, int claimedSegments, boolean replaying,
                                boolean caughtUp, String error) {

    boolean done() {
        return running && segments > 0 && claimedSegments == segments && caughtUp && error == null;
    }
}
