package com.bbangshop.api.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The text rule every free-text field shares, as a check with reasons and as a Bean Validation pattern. */
class LimitsTest {

    private static final Pattern PLAIN_TEXT = Pattern.compile(Limits.PLAIN_TEXT);

    @Test
    void textPeopleWriteIsPlainTextInAnyScriptWithEmoji() {
        for (String text : List.of("Salt Bread", "소금빵", "pain au chocolat", "🥐 croissant", "خبز", "")) {
            assertThat(Limits.textFault(text)).as(text).isEmpty();
            assertThat(PLAIN_TEXT.matcher(text).matches()).as(text).isTrue();
        }
    }

    @Test
    void controlCharactersAreRefused() {
        for (int control : new int[] {0x00, 0x07, 0x0A, 0x1B, 0x7F, 0x85}) {
            String text = "Salt" + (char) control + "Bread";
            assertThat(Limits.textFault(text)).hasValue("must not contain control characters");
            assertThat(PLAIN_TEXT.matcher(text).matches()).isFalse();
        }
    }

    @Test
    void everyBidirectionalControlIsRefused() {
        IntStream.concat(IntStream.rangeClosed(0x202A, 0x202E), IntStream.rangeClosed(0x2066, 0x2069))
                .forEach(control -> {
                    String text = "cookie" + (char) control + "gnp.exe";
                    assertThat(Limits.textFault(text)).as("U+%04X", control).hasValue(
                            "must not contain bidirectional control characters (U+202A to U+202E, U+2066 to U+2069)");
                    assertThat(PLAIN_TEXT.matcher(text).matches()).as("U+%04X", control).isFalse();
                });
    }

    @Test
    void anUnpairedSurrogateIsRefusedWhereverItStands() {
        for (String text : List.of("a\ud800b", "a\udc00b", "\ud800", "ab\ud83e", "\udd50\ud83e")) {
            assertThat(Limits.textFault(text)).as(text.chars().mapToObj(Integer::toHexString).toList().toString())
                    .hasValue("must not contain an unpaired surrogate (it is not valid Unicode)");
            assertThat(PLAIN_TEXT.matcher(text).matches()).isFalse();
        }
    }
}
