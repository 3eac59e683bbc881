package com.bbangshop.bakery.stock;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bbangshop.stock.*} (defaults in application.yml).
 *
 * @param cacheSize     breads kept loaded between commands; past this many, the least used go first
 * @param snapshotEvery a bread is snapshotted after this many events since its last snapshot
 */
@ConfigurationProperties("bbangshop.stock")
public record StockProperties(int cacheSize, int snapshotEvery) {

    public StockProperties {
        if (cacheSize < 1 || snapshotEvery < 1) {
            throw new IllegalArgumentException("bbangshop.stock.cache-size and .snapshot-every must be at least 1");
        }
    }
}
