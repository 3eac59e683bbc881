package com.bbangshop.bakery.stock;

import java.time.Instant;

/**
 * The set of open breads, which no single BreadStock can see: their names (no two alike, by {@link NameKeys}) and
 * their pickup prefixes (no two the same). BreadStock's command handlers change it in the unit of work that stores
 * their events, so a refused command changes neither, and the lookup's unique indexes stop two commands at once that
 * each saw a name free. Axon's set-based validation: a lookup table beside the aggregates, not a read model. A bread
 * whose closing time has passed is let go by the next change ({@code now} says when that is).
 */
public interface BreadNames {

    /**
     * Takes the name for a new open bread and gives it a pickup prefix: the one never given, or else the one free
     * the longest. Refuses (409) a name an open bread has, or when every prefix is held by an open bread.
     * {@code closesAt} null: open until its sale is ended.
     */
    String claim(String breadId, String name, Instant closesAt, Instant now);

    /** Gives an open bread another name; refuses (409) a name another open bread has. */
    void rename(String breadId, String name, Instant now);

    /** The bread's sale ended: its name and prefix are free. */
    void release(String breadId, Instant endedAt);
}
