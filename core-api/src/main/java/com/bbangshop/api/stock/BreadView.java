package com.bbangshop.api.stock;

public record BreadView(String breadId, String breadName, int editionSize, int remaining, int reserved,
                        int maxPerReservation, boolean soldOut) {
}
