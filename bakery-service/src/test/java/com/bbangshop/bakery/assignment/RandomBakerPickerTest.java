package com.bbangshop.bakery.assignment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RandomBakerPickerTest {

    private static final List<String> ROSTER = List.of("Minji", "Seojun", "Hana", "Jiho");

    private static List<String> picks(RandomBakerPicker picker, int count) {
        return IntStream.range(0, count).mapToObj(i -> picker.pick()).toList();
    }

    /** Only nextInt(bound) is used; the bound must be the roster size or the pick could fall off the roster. */
    private static RandomGenerator alwaysDrawing(int index) {
        return new RandomGenerator() {
            @Override
            public int nextInt(int bound) {
                assertThat(bound).isEqualTo(ROSTER.size());
                return index;
            }

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void theSameSeedPicksTheSameBakersInTheSameOrder() {
        assertThat(picks(new RandomBakerPicker(ROSTER, new Random(42)), 50))
                .isEqualTo(picks(new RandomBakerPicker(ROSTER, new Random(42)), 50));
    }

    @Test
    void theBakerPickedIsTheOneAtTheDrawnPosition() {
        for (int index = 0; index < ROSTER.size(); index++) {
            assertThat(new RandomBakerPicker(ROSTER, alwaysDrawing(index)).pick()).isEqualTo(ROSTER.get(index));
        }
    }

    @Test
    void everyBakerOnTheRosterIsPickedSoonerOrLater() {
        assertThat(picks(new RandomBakerPicker(ROSTER, new Random(7)), 200))
                .containsAll(ROSTER)
                .allMatch(ROSTER::contains);
    }

    @Test
    void aRosterChangedAfterwardsDoesNotChangeWhoCanBePicked() {
        List<String> roster = new ArrayList<>(List.of("Minji"));
        RandomBakerPicker picker = new RandomBakerPicker(roster, new Random(1));
        roster.set(0, "Stranger");
        assertThat(picker.pick()).isEqualTo("Minji");
    }

    @Test
    void anEmptyRosterIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RandomBakerPicker(List.of(), new Random(1)))
                .withMessage("the baker roster must name at least one baker");
    }
}
