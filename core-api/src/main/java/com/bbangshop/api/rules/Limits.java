package com.bbangshop.api.rules;

/** The bounds every entry point and every aggregate agree on. */
public final class Limits {

    public static final int MAX_BREAD_NAME_LENGTH = 60;
    public static final int MAX_EDITION_SIZE = 1_000_000;
    public static final int MAX_RESTOCK = 1_000_000;
    /** No bread may allow more loaves than this in one reservation. */
    public static final int MAX_PER_RESERVATION = 10;
    public static final int DEFAULT_PER_RESERVATION = 5;
    public static final int MAX_PAGE_SIZE = 200;
    /** The last page a list can be asked for: far below where page × size would pass an int's range. */
    public static final int MAX_PAGE = 1_000_000;

    private Limits() {
    }

    /** Printable text only: no control characters, which would garble kiosks and logs. */
    public static boolean isPrintable(String text) {
        return text.codePoints().noneMatch(Character::isISOControl);
    }
}
