package com.bbangshop.api.stock;

import java.util.List;

public record BreadList(List<BreadView> items, int page, int size, long total) {
}
