package com.bbangshop.api.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * The shape of a pickup code, as every door agrees on it: a bread's prefix of {@value #PREFIX_LENGTH} letters, then
 * its ticket, at least {@value #MIN_TICKET_LENGTH} characters, all from {@link #ALPHABET}, which leaves out the
 * characters read for one another (0 and O, 1, I and L). A fixed prefix length keeps codes of different breads
 * apart however long their tickets grow.
 */
public final class PickupCodes {

    /** Digits first: the ticket is a number written in this alphabet. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** The letters of {@link #ALPHABET}: a prefix is two of them. */
    public static final String PREFIX_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int PREFIX_LENGTH = 2;
    public static final int MIN_TICKET_LENGTH = 2;
    /** Long enough for any ticket of the largest edition, short enough to refuse junk before a lookup. */
    public static final int MAX_LENGTH = 10;

    private PickupCodes() {
    }

    /** The code of a bread's {@code ticket}-th reserved loaf: its prefix and the ticket written in the alphabet. */
    public static String of(String prefix, long ticket) {
        if (ticket < 1) {
            throw new IllegalArgumentException("tickets start at 1: " + ticket);
        }
        StringBuilder digits = new StringBuilder();
        for (long rest = ticket; rest > 0; rest /= ALPHABET.length()) {
            digits.append(ALPHABET.charAt((int) (rest % ALPHABET.length())));
        }
        while (digits.length() < MIN_TICKET_LENGTH) {
            digits.append(ALPHABET.charAt(0));
        }
        return prefix + digits.reverse();
    }

    /**
     * The code as stored, from what someone typed or read out: case, spaces and dashes do not matter. Empty when it
     * cannot be a code (too short or long, a character outside the alphabet, a digit in the prefix).
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() < PREFIX_LENGTH + MIN_TICKET_LENGTH || code.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            String allowed = i < PREFIX_LENGTH ? PREFIX_LETTERS : ALPHABET;
            if (allowed.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }
}
