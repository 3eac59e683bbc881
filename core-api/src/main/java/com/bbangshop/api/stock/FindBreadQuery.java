package com.bbangshop.api.stock;

public record FindBreadQuery(String breadId) {
}
