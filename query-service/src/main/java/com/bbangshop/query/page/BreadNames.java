package com.bbangshop.query.page;

/** Where the pages find a bread's display name; the bread projection owns the names. */
public interface BreadNames {

    String nameOf(String breadId);
}
