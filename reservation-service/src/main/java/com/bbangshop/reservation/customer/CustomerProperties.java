package com.bbangshop.reservation.customer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bbangshop.customers.*} (default in application.yml).
 *
 * @param key the shop's secret for the keyed hash of customers' phone numbers; empty (the default: none is built in)
 *            and no bread with a limit per customer can be reserved
 */
@ConfigurationProperties("bbangshop.customers")
public record CustomerProperties(String key) {

    public CustomerProperties {
        key = key == null ? "" : key;
    }
}
