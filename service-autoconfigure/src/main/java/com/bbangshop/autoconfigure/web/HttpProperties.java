package com.bbangshop.autoconfigure.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code bbangshop.http.*}, set in application.yml.
 *
 * @param maxBodySize the largest request body taken; larger ones are refused with 413 before they are read
 */
@ConfigurationProperties("bbangshop.http")
public record HttpProperties(DataSize maxBodySize) {

    public HttpProperties {
        if (maxBodySize == null || maxBodySize.toBytes() < 1 || maxBodySize.toBytes() >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bbangshop.http.max-body-size must be set, from 1B to under 2GB");
        }
    }
}
