package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff end the bread's sale now (close it early): no more reservations; those holding loaves keep them and are
 * picked up as usual. Its name and pickup prefix are free for another bread.
 */
public record EndSaleCommand(@TargetAggregateIdentifier String breadId) {
}
