package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadRestockedEvent;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.RestockBreadCommand;
import com.bbangshop.api.stock.StockCheck;
import com.bbangshop.api.stock.StockCheckedSoldOutEvent;
import com.bbangshop.api.stock.StockChecks;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockOutcome;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockRequest;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.stock.StockSoldOutEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomMatcher;
import org.hamcrest.CustomTypeSafeMatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bread's stock under random sequences of checks and reserves (one to three requests each: new, retried,
 * invalid), releases (of held, sold-out, released, forgotten and unknown reservations) and restocks (valid, invalid,
 * too large), each checked against what it emitted and answered. The bread keeps one to four settled decisions, so
 * retries of every kind come before and after their reservation is forgotten.
 */
class BreadStockPropertiesTest {

    private static final String BREAD = "bread-1";

    @Property(tries = 300)
    void aLoafIsNeverTakenOrGivenBackTwiceAndEveryLoafIsAccountedFor(
            @ForAll @IntRange(min = 1, max = 20) int editionSize,
            @ForAll @IntRange(min = 1, max = 4) int settledKept,
            @ForAll("stockCommands") List<Object> commands) {
        AggregateTestFixture<BreadStock> fixture = ForgetfulBreads.fixture(settledKept);
        List<Object> history = new ArrayList<>(List.of(new BreadRegisteredEvent(BREAD, "Salt Bread", editionSize, 5)));
        Ledger ledger = new Ledger(editionSize);

        for (Object command : commands) {
            ResultValidator<BreadStock> result = fixture.given(history).when(command);
            if (ledger.refuses(command)) {
                result.expectException(BusinessRuleException.class).expectNoEvents();
                continue;
            }
            List<Object> emitted = new ArrayList<>();
            List<Object> answer = new ArrayList<>();
            result.expectSuccessfulHandlerExecution()
                  .expectEventsMatching(capturingInto(emitted))
                  .expectResultMessagePayloadMatching(capturingAnswerInto(answer));
            assertThat(emitted).as("events of " + command).hasSizeLessThanOrEqualTo(ledger.mostEventsOf(command));
            ledger.take(command, emitted, answer.get(0));
            history.addAll(emitted);
        }
    }

    @Provide
    Arbitrary<List<Object>> stockCommands() {
        Arbitrary<String> reservationIds = Arbitraries.integers().between(1, 12).map(n -> String.format("r%02d", n));
        Arbitrary<Integer> loaves = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(1, 6)),
                Tuple.of(1, Arbitraries.of(0, -1)));
        Arbitrary<Integer> added = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(1, 5)),
                Tuple.of(1, Arbitraries.of(0, -1, Limits.MAX_RESTOCK + 1)),
                Tuple.of(1, Arbitraries.of(Limits.MAX_RESTOCK, Limits.MAX_EDITION_SIZE - 30)));
        Arbitrary<List<StockRequest>> requests = reservationIds.flatMap(id -> loaves.map(n -> new StockRequest(id, n)))
                .list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Object> check = requests.map(list -> new CheckStockCommand(BREAD, list));
        Arbitrary<Object> reserve = requests.map(list -> new ReserveStockCommand(BREAD, list));
        Arbitrary<Object> release = reservationIds.map(id -> new ReleaseStockCommand(BREAD, id));
        Arbitrary<Object> restock = added.map(n -> new RestockBreadCommand(BREAD, n));
        return Arbitraries.frequencyOf(Tuple.of(3, check), Tuple.of(5, reserve), Tuple.of(3, release),
                Tuple.of(1, restock)).list().ofMinSize(1).ofMaxSize(40);
    }

    /** What the events and answers have said so far, and what each next command may and must do. */
    private static final class Ledger {

        private int editionSize;
        private int remaining;
        private final Map<String, Integer> held = new HashMap<>();
        /** Reservations with a decision event (reserved, sold out, released): none may get a second one. */
        private final Set<String> decided = new HashSet<>();
        private final Set<String> tookLoaves = new HashSet<>();
        private final Set<String> released = new HashSet<>();
        private String newestAskedFor = "";

        Ledger(int editionSize) {
            this.editionSize = editionSize;
            this.remaining = editionSize;
        }

        /** The only refusals: a request of no loaves, a restock out of range or past the largest edition. */
        boolean refuses(Object command) {
            if (command instanceof ReserveStockCommand reserve) {
                return reserve.requests().stream().anyMatch(request -> request.quantity() < 1);
            }
            if (command instanceof CheckStockCommand check) {
                return check.requests().stream().anyMatch(request -> request.quantity() < 1);
            }
            if (command instanceof RestockBreadCommand restock) {
                return restock.quantity() < 1 || restock.quantity() > Limits.MAX_RESTOCK
                        || (long) editionSize + restock.quantity() > Limits.MAX_EDITION_SIZE;
            }
            return false;
        }

        int mostEventsOf(Object command) {
            if (command instanceof ReserveStockCommand reserve) {
                return reserve.requests().size();
            }
            return command instanceof CheckStockCommand check ? check.requests().size() : 1;
        }

        void take(Object command, List<Object> emitted, Object answer) {
            if (command instanceof ReserveStockCommand reserve) {
                takeReserve(reserve.requests(), emitted, ((StockDecisions) answer).outcomes());
            } else if (command instanceof CheckStockCommand check) {
                takeCheck(check.requests(), emitted, ((StockChecks) answer).checks());
            } else if (command instanceof ReleaseStockCommand release) {
                takeRelease(release.reservationId(), emitted);
            } else {
                emitted.forEach(event -> takeRestock((RestockBreadCommand) command, (BreadRestockedEvent) event));
            }
            assertThat(remaining).isBetween(0, editionSize)
                    .isEqualTo(editionSize - held.values().stream().mapToInt(Integer::intValue).sum());
        }

        private void takeReserve(List<StockRequest> requests, List<Object> emitted, List<StockOutcome> outcomes) {
            assertThat(outcomes).hasSameSizeAs(requests);
            Map<String, StockOutcome> firstAnswers = new HashMap<>();
            int next = 0;
            for (int i = 0; i < requests.size(); i++) {
                StockRequest request = requests.get(i);
                StockOutcome outcome = outcomes.get(i);
                StockOutcome first = firstAnswers.putIfAbsent(request.reservationId(), outcome);
                if (first != null) {
                    assertThat(outcome).as("asked twice in one command, answered the same").isEqualTo(first);
                    continue;
                }
                boolean heldBefore = held.containsKey(request.reservationId());
                boolean newest = isNewest(request.reservationId());
                Object event = next < emitted.size() && reservationOf(emitted.get(next)).equals(request.reservationId())
                        ? emitted.get(next++) : null;
                if (event instanceof StockReservedEvent reserved) {
                    assertThat(tookLoaves.add(request.reservationId())).as("a reservation takes loaves once").isTrue();
                    assertThat(decided.add(request.reservationId())).as("decided once").isTrue();
                    assertThat(reserved.quantity()).isEqualTo(request.quantity()).isLessThanOrEqualTo(remaining);
                    assertThat(reserved.remaining()).isEqualTo(remaining - request.quantity());
                    assertThat(outcome).isEqualTo(StockOutcome.RESERVED);
                    held.put(request.reservationId(), request.quantity());
                    remaining = reserved.remaining();
                } else if (event instanceof StockSoldOutEvent soldOut) {
                    assertThat(decided.add(request.reservationId())).as("decided once").isTrue();
                    assertThat(soldOut.requested()).as("sold out only when too few are left")
                            .isEqualTo(request.quantity()).isGreaterThan(remaining);
                    assertThat(soldOut.remaining()).isEqualTo(remaining);
                    assertThat(outcome).isEqualTo(StockOutcome.SOLD_OUT);
                } else if (event != null) {
                    throw new AssertionError("a reserve emitted " + event);
                } else if (heldBefore) {
                    assertThat(outcome).as("a retry for a reservation holding loaves").isEqualTo(StockOutcome.RESERVED);
                } else {
                    assertThat(newest).as("a reservation newer than any asked for is decided, not answered by rule")
                            .isFalse();
                    assertThat(outcome).as("answered without taking").isNotEqualTo(StockOutcome.RESERVED);
                }
            }
            assertThat(next).as("every event answers a request, in order").isEqualTo(emitted.size());
        }

        private void takeCheck(List<StockRequest> requests, List<Object> emitted, List<StockCheck> checks) {
            assertThat(checks).hasSameSizeAs(requests);
            int next = 0;
            for (int i = 0; i < requests.size(); i++) {
                StockRequest request = requests.get(i);
                boolean newest = isNewest(request.reservationId());
                // the same reservation may be checked again in one command for more loaves: "enough", then not
                if (next < emitted.size() && emitted.get(next) instanceof StockCheckedSoldOutEvent soldOut
                        && soldOut.reservationId().equals(request.reservationId())
                        && soldOut.requested() == request.quantity()) {
                    next++;
                    assertThat(decided.add(request.reservationId())).as("decided once").isTrue();
                    assertThat(soldOut.requested()).isGreaterThan(remaining);
                    assertThat(soldOut.remaining()).isEqualTo(remaining);
                    assertThat(checks.get(i)).isEqualTo(StockCheck.SOLD_OUT);
                } else if (newest) {
                    assertThat(request.quantity()).as("a new reservation checks enough only if enough are left")
                            .isLessThanOrEqualTo(remaining);
                    assertThat(checks.get(i)).isEqualTo(StockCheck.ENOUGH);
                }
            }
            assertThat(next).as("every event answers a request, in order").isEqualTo(emitted.size());
        }

        private void takeRelease(String reservationId, List<Object> emitted) {
            isNewest(reservationId);
            if (emitted.isEmpty()) {
                assertThat(released).as("a release that records nothing repeats an earlier one")
                        .contains(reservationId);
                return;
            }
            StockReleasedEvent release = (StockReleasedEvent) emitted.get(0);
            assertThat(release.quantity()).as("exactly what is held comes back, once")
                    .isEqualTo(held.getOrDefault(reservationId, 0));
            assertThat(release.remaining()).isEqualTo(remaining + release.quantity());
            held.remove(reservationId);
            decided.add(reservationId);
            released.add(reservationId);
            remaining = release.remaining();
        }

        private void takeRestock(RestockBreadCommand restock, BreadRestockedEvent restocked) {
            assertThat(restocked.added()).isEqualTo(restock.quantity());
            assertThat(restocked.editionSize()).isEqualTo(editionSize + restock.quantity());
            assertThat(restocked.remaining()).isEqualTo(remaining + restock.quantity());
            editionSize = restocked.editionSize();
            remaining = restocked.remaining();
        }

        /** Ids grow with time: one greater than every id asked for so far is a reservation just made. */
        private boolean isNewest(String reservationId) {
            boolean newest = reservationId.compareTo(newestAskedFor) > 0;
            if (newest) {
                newestAskedFor = reservationId;
            }
            return newest;
        }

        private static String reservationOf(Object event) {
            if (event instanceof StockReservedEvent e) {
                return e.reservationId();
            }
            if (event instanceof StockSoldOutEvent e) {
                return e.reservationId();
            }
            throw new AssertionError("unexpected event " + event);
        }
    }

    private static CustomTypeSafeMatcher<List<EventMessage<?>>> capturingInto(List<Object> payloads) {
        return new CustomTypeSafeMatcher<>("any events (captured)") {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                events.forEach(event -> payloads.add(event.getPayload()));
                return true;
            }
        };
    }

    /** Null too: a release or restock answers nothing. */
    private static CustomMatcher<Object> capturingAnswerInto(List<Object> answer) {
        return new CustomMatcher<>("any answer (captured)") {
            @Override
            public boolean matches(Object payload) {
                answer.add(payload);
                return true;
            }
        };
    }
}
