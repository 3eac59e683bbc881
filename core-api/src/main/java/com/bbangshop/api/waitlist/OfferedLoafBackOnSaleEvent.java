package com.bbangshop.api.waitlist;

/** An offer ended unaccepted with nobody left in line: its loaf is on sale again ({@code remaining} after). */
public record OfferedLoafBackOnSaleEvent(String breadId, String offerId, int remaining) {
}
