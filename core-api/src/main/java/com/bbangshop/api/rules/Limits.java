package com.bbangshop.api.rules;

import java.util.Optional;

/** The bounds every entry point and every aggregate agree on. */
public final class Limits {

    public static final int MAX_BREAD_NAME_LENGTH = 60;
    public static final int MAX_EDITION_SIZE = 1_000_000;
    public static final int MAX_RESTOCK = 1_000_000;
    /** No bread may allow more loaves than this in one reservation. */
    public static final int MAX_PER_RESERVATION = 10;
    public static final int DEFAULT_PER_RESERVATION = 5;
    public static final int MAX_PAGE_SIZE = 200;
    /** The longest a bread may keep ready loaves at the counter: a week. */
    public static final int MAX_PICKUP_WINDOW_MINUTES = 10_080;
    /** The last page a list can be asked for: far below where page × size would pass an int's range. */
    public static final int MAX_PAGE = 1_000_000;
    /**
     * Text that people read, as a regular expression for Bean Validation's {@code @Pattern}: the rule that
     * {@link #textFault} checks and explains.
     */
    public static final String PLAIN_TEXT = "[^\\p{Cc}\\p{Cs}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]*";

    private Limits() {
    }

    /**
     * What keeps a text from being shown as it is on kiosks, staff pages and in logs, if anything: control
     * characters garble them; bidirectional controls (embeddings, overrides, isolates) reorder what follows them, so
     * that "cookie", U+202E, "gnp.exe" reads "cookieexe.png"; an unpaired surrogate is not Unicode at all.
     */
    public static Optional<String> textFault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return Optional.of("must not contain control characters");
            }
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return Optional.of("must not contain bidirectional control characters (U+202A to U+202E, "
                        + "U+2066 to U+2069)");
            }
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (it is not valid Unicode)");
            }
        }
        return Optional.empty();
    }
}
