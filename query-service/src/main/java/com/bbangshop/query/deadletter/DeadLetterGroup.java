package com.bbangshop.query.deadletter;

import java.util.List;

/** A projection's dead letters: how many sequences and letters are parked, and the first of them. */
public record DeadLetterGroup(String group, long sequences, long letters, List<DeadLetterView> items) {
}
