package com.bbangshop.api.kitchen;

import java.util.List;

/**
 * One baker's loaves: {@code toBake} (CONFIRMED) in the order they were reserved, and {@code ready} (READY, waiting at
 * the counter) in the order they must be picked up.
 */
public record BakerQueue(String baker, List<BakerQueueEntry> toBake, List<BakerQueueEntry> ready) {
}
