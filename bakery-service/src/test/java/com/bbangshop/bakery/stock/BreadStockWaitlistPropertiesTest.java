package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadRestockedEvent;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.RestockBreadCommand;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.waitlist.AcceptOfferCommand;
import com.bbangshop.api.waitlist.DeclineOfferCommand;
import com.bbangshop.api.waitlist.ExpireOfferCommand;
import com.bbangshop.api.waitlist.JoinWaitlistCommand;
import com.bbangshop.api.waitlist.LeaveWaitlistCommand;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.OfferAcceptedEvent;
import com.bbangshop.api.waitlist.OfferDeclinedEvent;
import com.bbangshop.api.waitlist.OfferExpiredEvent;
import com.bbangshop.api.waitlist.OfferedLoafBackOnSaleEvent;
import com.bbangshop.api.waitlist.WaitlistJoinedEvent;
import com.bbangshop.api.waitlist.WaitlistLeftEvent;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One sold-out bread's stock and waitlist under random sequences of reserves, releases, restocks, joins, accepts,
 * declines, leaves and expiries, time moving on between them: after every command each loaf of the edition is on
 * sale, held by a reservation, or held by exactly one open offer to a customer who was waiting; never two of these.
 */
class BreadStockWaitlistPropertiesTest {

    private static final String BREAD = "bread-1";
    private static final Duration HOLD = Duration.ofMinutes(10);
    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    @AfterProperty
    void restoreTheClock() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Property(tries = 300, afterFailure = AfterFailureMode.SAMPLE_FIRST)
    void everyLoafIsOnSaleReservedOrOfferedToOneWaiterAndNeverTwo(
            @ForAll @IntRange(min = 1, max = 3) int editionSize, @ForAll("waitlistCommands") List<Object> commands) {
        BreadStock bread = new BreadStock();
        Loaves loaves = new Loaves();
        loaves.take(new BreadRegisteredEvent(BREAD, "Salt Bread", editionSize, 5));
        bread.on(new BreadRegisteredEvent(BREAD, "Salt Bread", editionSize, 5));
        Instant now = START;
        for (Object command : commands) {
            now = now.plus(Duration.ofMinutes(4));
            GenericEventMessage.clock = Clock.fixed(now, ZoneOffset.UTC);
            List<Object> events = handle(bread, command);
            events.forEach(loaves::take);
            loaves.assertAccountedFor(command);
        }
    }

    @Provide
    Arbitrary<List<Object>> waitlistCommands() {
        Arbitrary<String> reservations = Arbitraries.integers().between(1, 6).map(n -> "r" + n);
        Arbitrary<String> waiters = Arbitraries.integers().between(1, 5).map(n -> "w" + n);
        Arbitrary<Object> reserve = reservations.map(id -> new ReserveStockCommand(BREAD, id, 1));
        Arbitrary<Object> release = Arbitraries.oneOf(reservations, waiters.map(w -> "accepted-by-" + w))
                .map(id -> new ReleaseStockCommand(BREAD, id));
        Arbitrary<Object> restock = Arbitraries.integers().between(1, 2).map(n -> new RestockBreadCommand(BREAD, n));
        Arbitrary<Object> join = waiters.map(w -> new JoinWaitlistCommand(BREAD, w, "hash-of-" + w, "secret-" + w));
        Arbitrary<Object> accept = waiters.map(w -> new AcceptOfferCommand(BREAD, w, "secret-" + w,
                "accepted-by-" + w));
        Arbitrary<Object> decline = waiters.map(w -> new DeclineOfferCommand(BREAD, w, "secret-" + w));
        Arbitrary<Object> leave = waiters.map(w -> new LeaveWaitlistCommand(BREAD, w, "secret-" + w));
        Arbitrary<Object> expire = Arbitraries.integers().between(1, 8)
                .map(n -> new ExpireOfferCommand(BREAD, BREAD + "-offer-" + n));
        return Arbitraries.frequencyOf(Tuple.of(4, reserve), Tuple.of(3, release), Tuple.of(1, restock),
                Tuple.of(4, join), Tuple.of(3, accept), Tuple.of(1, decline), Tuple.of(1, leave),
                Tuple.of(2, expire)).list().ofMinSize(1).ofMaxSize(40);
    }

    /** The command handled as the repository would; a refusal must be a rule's, and apply nothing. */
    private static List<Object> handle(BreadStock bread, Object command) {
        SimpleEventBus eventBus = SimpleEventBus.builder().build();
        List<Object> events = new ArrayList<>();
        eventBus.subscribe(messages -> messages.forEach(message -> events.add(message.getPayload())));
        EventSourcedAggregate<BreadStock> aggregate = EventSourcedAggregate.initialize(bread,
                AnnotatedAggregateMetaModelFactory.inspectAggregate(BreadStock.class,
                        MultiParameterResolverFactory.ordered(
                                new SimpleResourceParameterResolverFactory(List.of(new WaitlistProperties(HOLD))),
                                ClasspathParameterResolverFactory.forClass(BreadStock.class))),
                eventBus, NoSnapshotTriggerDefinition.TRIGGER);
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(message)
                .executeWithResult(() -> aggregate.handle(message));
        if (result.isExceptional()) {
            assertThat(result.exceptionResult()).as(command.toString()).isInstanceOf(BusinessRuleException.class);
        }
        return events;
    }

    /** Where every loaf is, as the events say. */
    private static final class Loaves {

        private int editionSize;
        private int remaining;
        private final Map<String, Integer> held = new HashMap<>();
        private final Map<String, String> openOffers = new HashMap<>();
        private final Set<String> waiting = new HashSet<>();

        void take(Object event) {
            if (event instanceof BreadRegisteredEvent registered) {
                editionSize = registered.quantity();
                remaining = registered.quantity();
            } else if (event instanceof BreadRestockedEvent restocked) {
                editionSize = restocked.editionSize();
                remaining = restocked.remaining();
            } else if (event instanceof StockReservedEvent reserved) {
                assertThat(held).as("reserved twice").doesNotContainKey(reserved.reservationId());
                held.put(reserved.reservationId(), reserved.quantity());
                remaining = reserved.remaining();
            } else if (event instanceof StockReleasedEvent released) {
                assertThat(released.quantity()).isEqualTo(held.getOrDefault(released.reservationId(), 0));
                held.remove(released.reservationId());
                remaining = released.remaining();
            } else if (event instanceof WaitlistJoinedEvent joined) {
                assertThat(waiting.add(joined.waiterId())).isTrue();
            } else if (event instanceof WaitlistLeftEvent left) {
                assertThat(waiting.remove(left.waiterId())).isTrue();
            } else if (event instanceof LoafOfferedEvent offered) {
                assertThat(waiting.remove(offered.waiterId())).as("offered to one waiting").isTrue();
                assertThat(openOffers.put(offered.offerId(), offered.waiterId())).as("a new offer").isNull();
            } else if (event instanceof OfferAcceptedEvent accepted) {
                assertThat(openOffers.remove(accepted.offerId())).isNotNull();
            } else if (event instanceof OfferDeclinedEvent declined) {
                assertThat(openOffers.remove(declined.offerId())).isNotNull();
            } else if (event instanceof OfferExpiredEvent expired) {
                assertThat(openOffers.remove(expired.offerId())).isNotNull();
            } else if (event instanceof OfferedLoafBackOnSaleEvent backOnSale) {
                remaining = backOnSale.remaining();
            }
        }

        void assertAccountedFor(Object command) {
            int reserved = held.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(remaining).as("after " + command).isNotNegative();
            assertThat(remaining + reserved + openOffers.size()).as("loaves after " + command).isEqualTo(editionSize);
            assertThat(remaining == 0 || waiting.isEmpty()).as("a loaf on sale while someone waits, after " + command)
                    .isTrue();
        }
    }
}
