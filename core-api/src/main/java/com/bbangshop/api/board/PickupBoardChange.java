package com.bbangshop.api.board;

import java.time.Instant;

/**
 * A code moved on the board: into {@code column}, or off the board when {@code column} is null (picked up, expired
 * or canceled). Codes are never reused, so a code is the key of its place on the board.
 */
public record PickupBoardChange(String pickupCode, BoardColumn column, Instant pickupBy) {
}
