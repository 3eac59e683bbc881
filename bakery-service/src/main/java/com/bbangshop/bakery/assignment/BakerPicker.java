package com.bbangshop.bakery.assignment;

/** Chooses the baker for a new assignment; the seam through which tests fix the choice. */
public interface BakerPicker {

    String pick();
}
