package com.bbangshop.bakery.assignment;

import java.util.List;
import java.util.random.RandomGenerator;

/** The seed's "random function": any baker on the roster, with equal chance. */
public class RandomBakerPicker implements BakerPicker {

    private final List<String> roster;
    private final RandomGenerator random;

    public RandomBakerPicker(List<String> roster, RandomGenerator random) {
        if (roster.isEmpty()) {
            throw new IllegalArgumentException("the baker roster must name at least one baker");
        }
        this.roster = List.copyOf(roster);
        this.random = random;
    }

    @Override
    public String pick() {
        return roster.get(random.nextInt(roster.size()));
    }
}
