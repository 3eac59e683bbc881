package com.bbangshop.api.board;

import java.util.List;

/**
 * What the board above the counter shows: the codes of loaves being baked (CONFIRMED), oldest first, and of loaves
 * ready at the counter (READY), readied first. Codes only: the board is public.
 */
public record PickupBoard(List<BoardCode> baking, List<BoardCode> ready) {
}
