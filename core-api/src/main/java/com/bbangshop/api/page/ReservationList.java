package com.bbangshop.api.page;

import java.util.List;

public record ReservationList(List<ReservationView> items, int page, int size, long total) {
}
