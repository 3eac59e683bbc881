package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff give an open bread another name, which no other open bread may have. */
public record RenameBreadCommand(@TargetAggregateIdentifier String breadId, String name) {
}
