package com.bbangshop.api.stock;

public record FindBreadsQuery(int page, int size) {
}
