package com.bbangshop.query.rebuild;

import java.time.Instant;

/** Published as a rebuild begins, before any row is deleted: whoever serves views must stop serving them now. */
public record ReadModelRebuildStarted(Instant at) {
}
