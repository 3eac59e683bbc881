package com.bbangshop.api.kitchen;

import java.util.List;

/** Every baker who has loaves to bake or waiting at the counter, by name. */
public record BakerQueues(List<BakerQueue> queues) {
}
