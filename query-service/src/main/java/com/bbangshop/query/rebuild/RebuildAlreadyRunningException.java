package com.bbangshop.query.rebuild;

import java.time.Instant;

public class RebuildAlreadyRunningException extends RuntimeException {

    public RebuildAlreadyRunningException(Instant since) {
        super("a rebuild is already running (since " + since + ")");
    }
}
