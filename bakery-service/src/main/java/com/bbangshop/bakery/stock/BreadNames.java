package com.bbangshop.bakery.stock;

/**
 * The set of open breads, which no single BreadStock can see: their names (no two alike, by {@link NameKeys}) and
 * their pickup prefixes (no two the same). BreadStock's command handlers change it in the unit of work that stores
 * their events, so a refused command changes neither, and the lookup's unique indexes stop two registrations at once
 * that each saw the name free. Axon's set-based validation: a lookup table beside the aggregates, not a read model.
 */
public interface BreadNames {

    /**
     * Takes the name for a new open bread and gives it a pickup prefix: the one never given, or else the one free
     * the longest. Refuses (409) a name an open bread has, or when every prefix is held by an open bread.
     */
    String claim(String breadId, String name);
}
