package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadRestockedEvent;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.RestockBreadCommand;
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
import org.hamcrest.CustomTypeSafeMatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bread's stock under random sequences of reserves (one to three requests each: new, retried, invalid), releases (of held, sold-out,
 * released and unknown reservations) and restocks (valid, invalid, too large), each checked against what it emitted.
 */
class BreadStockPropertiesTest {

    private static final String BREAD = "bread-1";

    @Property(tries = 300)
    void theCountStaysBetweenZeroAndTheEditionAndEveryLoafIsAccountedFor(
            @ForAll @IntRange(min = 1, max = 20) int editionSize,
            @ForAll("stockCommands") List<Object> commands) {
        AggregateTestFixture<BreadStock> fixture = new AggregateTestFixture<>(BreadStock.class);
        List<Object> history = new ArrayList<>(List.of(new BreadRegisteredEvent(BREAD, "Salt Bread", editionSize, 5)));
        Ledger ledger = new Ledger(editionSize);

        for (Object command : commands) {
            ResultValidator<BreadStock> result = fixture.given(history).when(command);
            if (ledger.refuses(command)) {
                result.expectException(BusinessRuleException.class).expectNoEvents();
                continue;
            }
            List<Object> emitted = new ArrayList<>();
            result.expectSuccessfulHandlerExecution().expectEventsMatching(capturingInto(emitted));
            assertThat(emitted).as("events of " + command).hasSizeLessThanOrEqualTo(ledger.mostEventsOf(command));
            emitted.forEach(event -> ledger.record(command, event));
            ledger.checkEveryRequestDecided(command, emitted);
            history.addAll(emitted);
        }
    }

    @Provide
    Arbitrary<List<Object>> stockCommands() {
        Arbitrary<String> reservationIds = Arbitraries.of("r1", "r2", "r3", "r4", "r5", "r6");
        Arbitrary<Integer> loaves = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(1, 6)),
                Tuple.of(1, Arbitraries.of(0, -1)));
        Arbitrary<Integer> added = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(1, 5)),
                Tuple.of(1, Arbitraries.of(0, -1, Limits.MAX_RESTOCK + 1)),
                Tuple.of(1, Arbitraries.of(Limits.MAX_RESTOCK, Limits.MAX_EDITION_SIZE - 30)));
        Arbitrary<StockRequest> request = reservationIds.flatMap(id -> loaves.map(n -> new StockRequest(id, n)));
        Arbitrary<Object> reserve = request.list().ofMinSize(1).ofMaxSize(3)
                .map(requests -> new ReserveStockCommand(BREAD, requests));
        Arbitrary<Object> release = reservationIds.map(id -> new ReleaseStockCommand(BREAD, id));
        Arbitrary<Object> restock = added.map(n -> new RestockBreadCommand(BREAD, n));
        return Arbitraries.frequencyOf(Tuple.of(6, reserve), Tuple.of(3, release), Tuple.of(1, restock))
                .list().ofMinSize(1).ofMaxSize(40);
    }

    /** What the events have said so far, and what each next command may and must do. */
    private static final class Ledger {

        private int editionSize;
        private int remaining;
        private final Map<String, Integer> held = new HashMap<>();
        private final Set<String> decided = new HashSet<>();
        private final Set<String> releasedOnce = new HashSet<>();

        Ledger(int editionSize) {
            this.editionSize = editionSize;
            this.remaining = editionSize;
        }

        /** The only refusals: a new reservation of no loaves, a restock out of range or past the largest edition. */
        boolean refuses(Object command) {
            if (command instanceof ReserveStockCommand reserve) {
                return reserve.requests().stream().anyMatch(request -> request.quantity() < 1);
            }
            if (command instanceof RestockBreadCommand restock) {
                return restock.quantity() < 1 || restock.quantity() > Limits.MAX_RESTOCK
                        || (long) editionSize + restock.quantity() > Limits.MAX_EDITION_SIZE;
            }
            return false;
        }

        void record(Object command, Object event) {
            if (event instanceof StockReservedEvent reserved) {
                StockRequest reserve = requestOf(command, reserved.reservationId());
                assertThat(decided).as("a reservation is decided once").doesNotContain(reserve.reservationId());
                assertThat(reserved.quantity()).isEqualTo(reserve.quantity()).isLessThanOrEqualTo(remaining);
                assertThat(reserved.remaining()).isEqualTo(remaining - reserve.quantity());
                decided.add(reserved.reservationId());
                held.put(reserved.reservationId(), reserved.quantity());
                remaining = reserved.remaining();
            } else if (event instanceof StockSoldOutEvent soldOut) {
                StockRequest reserve = requestOf(command, soldOut.reservationId());
                assertThat(decided).as("a reservation is decided once").doesNotContain(reserve.reservationId());
                assertThat(soldOut.requested()).as("sold out only when too few are left")
                        .isEqualTo(reserve.quantity()).isGreaterThan(remaining);
                assertThat(soldOut.remaining()).isEqualTo(remaining);
                decided.add(soldOut.reservationId());
            } else if (event instanceof StockReleasedEvent released) {
                assertThat(released.quantity()).as("exactly what was held comes back, once")
                        .isEqualTo(held.getOrDefault(released.reservationId(), 0));
                assertThat(releasedOnce.add(released.reservationId())).as("a reservation is released once").isTrue();
                held.remove(released.reservationId());
                decided.add(released.reservationId());
                assertThat(released.remaining()).isEqualTo(remaining + released.quantity());
                remaining = released.remaining();
            } else if (event instanceof BreadRestockedEvent restocked) {
                RestockBreadCommand restock = (RestockBreadCommand) command;
                assertThat(restocked.added()).isEqualTo(restock.quantity());
                assertThat(restocked.editionSize()).isEqualTo(editionSize + restock.quantity());
                assertThat(restocked.remaining()).isEqualTo(remaining + restock.quantity());
                editionSize = restocked.editionSize();
                remaining = restocked.remaining();
            } else {
                throw new AssertionError(command + " emitted " + event);
            }
            assertThat(remaining).isBetween(0, editionSize)
                    .isEqualTo(editionSize - held.values().stream().mapToInt(Integer::intValue).sum());
        }

        int mostEventsOf(Object command) {
            return command instanceof ReserveStockCommand reserve ? reserve.requests().size() : 1;
        }

        /** Silence is right only for a retry: a decided reservation, or a release of nothing held. */
        void checkEveryRequestDecided(Object command, List<Object> emitted) {
            if (command instanceof ReserveStockCommand reserve) {
                reserve.requests().forEach(request -> assertThat(decided)
                        .as("every request is decided, by this command or before").contains(request.reservationId()));
            } else if (emitted.isEmpty() && command instanceof ReleaseStockCommand release) {
                assertThat(releasedOnce).as("a release that records nothing repeats an earlier one")
                        .contains(release.reservationId());
            } else if (emitted.isEmpty()) {
                throw new AssertionError(command + " was taken but emitted nothing");
            }
        }

        /** The first request of the command for the reservation: a second one in the same command is a retry. */
        private static StockRequest requestOf(Object command, String reservationId) {
            return ((ReserveStockCommand) command).requests().stream()
                    .filter(request -> request.reservationId().equals(reservationId))
                    .findFirst().orElseThrow(() -> new AssertionError(command + " decided " + reservationId));
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
}
