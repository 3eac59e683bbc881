package com.bbangshop.autoconfigure.ids;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdentifierFactoryTest {

    private final AtomicLong clock = new AtomicLong(1_763_700_000_000L);
    private final TimeOrderedIdentifierFactory ids = new TimeOrderedIdentifierFactory(clock::get, new Random(7));

    @Test
    void axonMakesEveryIdentifierWithIt() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifierFactory.class);
    }

    @Test
    void anIdIsAVersion7UuidThatStartsWithItsMillisecond() {
        UUID id = UUID.fromString(ids.generateIdentifier());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.get());
    }

    @Test
    void idsSortAsTheyWereMadeWithinAMillisecondAndAcrossMilliseconds() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) { // more than the counter holds: the rest spill into the next milliseconds
            made.add(ids.generateIdentifier());
        }
        clock.addAndGet(1);
        made.add(ids.generateIdentifier());

        assertThat(made).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aClockThatStepsBackNeverMakesAnEarlierId() {
        String before = ids.generateIdentifier();
        clock.addAndGet(-5_000);

        assertThat(ids.generateIdentifier()).isGreaterThan(before);
    }

    @Test
    void idsOfOneMillisecondDifferInTheirRandomHalf() {
        var randomHalves = new HashSet<Long>();
        for (int i = 0; i < 1_000; i++) {
            randomHalves.add(UUID.fromString(ids.generateIdentifier()).getLeastSignificantBits());
        }

        assertThat(randomHalves).hasSize(1_000);
    }

    @Test
    void idsMadeOnManyThreadsAtOnceAreAllDifferentAndInOrderOnEachThread() throws Exception {
        TimeOrderedIdentifierFactory shared = new TimeOrderedIdentifierFactory();
        List<List<String>> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            List<String> made = new ArrayList<>();
            perThread.add(made);
            threads.add(new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    made.add(shared.generateIdentifier());
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        var all = new HashSet<String>();
        for (List<String> made : perThread) {
            assertThat(made).isSorted();
            all.addAll(made);
        }
        assertThat(all).hasSize(80_000);
    }
}
