package com.bbangshop.api.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PickupCodesTest {

    @Test
    void aTicketIsWrittenInTheAlphabetWithAtLeastTwoCharacters() {
        assertThat(PickupCodes.of("KA", 1)).isEqualTo("KA23");
        assertThat(PickupCodes.of("KA", 30)).isEqualTo("KA2Z");
        assertThat(PickupCodes.of("KA", 31)).isEqualTo("KA32");
        assertThat(PickupCodes.of("KA", 31 * 31 - 1)).isEqualTo("KAZZ");
        assertThat(PickupCodes.of("KA", 31 * 31)).isEqualTo("KA322");
    }

    @Test
    void noCodeHoldsALookAlike() {
        for (long ticket = 1; ticket < 40_000; ticket += 7) {
            assertThat(PickupCodes.of("AB", ticket)).doesNotContain("0", "O", "1", "I", "L");
        }
    }

    @Test
    void ticketsStartAtOne() {
        assertThatThrownBy(() -> PickupCodes.of("KA", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatStaffTypeIsReadWhateverItsCaseSpacesAndDashes() {
        assertThat(PickupCodes.normalize(" ka-2 3 ")).contains("KA23");
        assertThat(PickupCodes.normalize("KA23")).contains("KA23");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "KA2", "K223", "KA0O", "KA1I", "KAL3", "KA23456789AB", "KA2_3"})
    void whatCannotBeACodeIsRefused(String typed) {
        assertThat(PickupCodes.normalize(typed)).isEmpty();
    }

    @Test
    void noCodeIsRefusedToo() {
        assertThat(PickupCodes.normalize(null)).isEmpty();
    }
}
