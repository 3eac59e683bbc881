package com.bbangshop.api.stock;

/** What a restock leaves: the bread's edition and the loaves that remain, as the stock decided them. */
public record RestockedCounts(int editionSize, int remaining) {
}
