package com.bbangshop.bakery.stock;

/** What the waitlist's decisions read of their bread's stock at the start of a command. */
record StockView(String breadId, String name, int remaining, SaleWindow sale, int maxPerCustomer,
                 DecidedReservations decided, String nextPickupCode) {
}
