package com.bbangshop.api.stock;

public record BreadRenamedEvent(String breadId, String name) {
}
