package com.bbangshop.api.stock;

/** {@code added} loaves came in; the edition now counts {@code editionSize} and {@code remaining} are on sale. */
public record BreadRestockedEvent(String breadId, int added, int editionSize, int remaining) {
}
