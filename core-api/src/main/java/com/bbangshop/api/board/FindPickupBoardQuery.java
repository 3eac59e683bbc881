package com.bbangshop.api.board;

/**
 * The pickup board above the counter, answered with a {@link PickupBoard} of at most {@code limit} codes in each
 * column. As a subscription query each update is one {@link PickupBoardChange}.
 */
public record FindPickupBoardQuery(int limit) {
}
