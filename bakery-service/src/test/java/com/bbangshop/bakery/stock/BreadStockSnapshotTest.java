package com.bbangshop.bakery.stock;

import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadSaleEndedEvent;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockCheckedSoldOutEvent;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockOutcome;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.stock.StockSoldOutEvent;
import com.bbangshop.api.stock.RestockBreadCommand;
import com.bbangshop.api.waitlist.AcceptOfferCommand;
import com.bbangshop.api.waitlist.AcceptedOffer;
import com.bbangshop.api.waitlist.DeclineOfferCommand;
import com.bbangshop.api.waitlist.JoinWaitlistCommand;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.WaitlistPosition;
import com.bbangshop.autoconfigure.ids.TimeOrderedIdentifierFactory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A bread's state and snapshot stay small however many reservations it decides, and a snapshot of either shape loads. */
class BreadStockSnapshotTest {

    private static final String BREAD = "bread-1";
    private static final int EDITION = 1_000;
    private static final int RESERVATIONS = 100_000;
    /** Each kept decision is its id and outcome, under 60 bytes of JSON. */
    private static final int MOST_SNAPSHOT_BYTES = 60 * (DecidedReservations.SETTLED_KEPT + EDITION);

    /** As the app's snapshots are serialized: Jackson with Spring Boot's defaults (unknown properties skipped). */
    private static final Serializer APP = JacksonSerializer.builder()
            .objectMapper(Jackson2ObjectMapperBuilder.json().build()).build();
    /** A plain ObjectMapper refuses a property it cannot place: an earlier snapshot's decisions are read, not skipped. */
    private static final Serializer STRICT = JacksonSerializer.defaultSerializer();

    /** What the bread's handlers are given besides the command, as the app's Spring context gives it. */
    private static final ParameterResolverFactory RESOURCES = MultiParameterResolverFactory.ordered(
            new SimpleResourceParameterResolverFactory(List.of(new WaitlistProperties(Duration.ofMinutes(10)))),
            ClasspathParameterResolverFactory.forClass(BreadStock.class));

    static Stream<Arguments> serializers() {
        return Stream.of(Arguments.of("app", APP), Arguments.of("strict", STRICT));
    }

    @Test
    void theStateAndItsSnapshotStayBoundedAsReservationsGrow() {
        long heapBefore = usedHeapAfterCollecting();
        BreadStock bread = aScarceSale();
        long heapAfter = usedHeapAfterCollecting();
        byte[] snapshot = APP.serialize(bread, byte[].class).getData();

        System.out.printf("BreadStock after %,d reservations (%,d loaves): %,d remembered, snapshot %,d bytes, "
                        + "heap about %,d KB%n", RESERVATIONS, EDITION, bread.rememberedReservations(),
                snapshot.length, (heapAfter - heapBefore) / 1024);
        assertThat(bread.rememberedReservations())
                .isGreaterThanOrEqualTo(DecidedReservations.SETTLED_KEPT)
                .isLessThanOrEqualTo(DecidedReservations.SETTLED_KEPT + EDITION);
        assertThat(snapshot.length).isLessThan(MOST_SNAPSHOT_BYTES);
        BreadStock loaded = load(APP, snapshot);
        assertThat(loaded.rememberedReservations()).isEqualTo(bread.rememberedReservations());
        assertThat(APP.serialize(loaded, byte[].class).getData()).isEqualTo(snapshot);
    }

    @ParameterizedTest(name = "{0} serializer")
    @MethodSource("serializers")
    void aSnapshotOfTheEarlierShapeWithEveryDecisionLoadsIntoTheBoundedState(String name, Serializer serializer) {
        // the earlier shape: every decision the bread made, by reservation id; 7 of 10 loaves left
        StringBuilder json = new StringBuilder("{\"breadId\":\"" + BREAD + "\",\"editionSize\":10,\"remaining\":7,"
                + "\"decisions\":{\"r09000\":{\"quantity\":3,\"outcome\":\"RESERVED\"},"
                + "\"r09001\":{\"quantity\":2,\"outcome\":\"RELEASED\"}");
        for (int i = 0; i < 5_000; i++) {
            json.append(String.format(",\"r%05d\":{\"quantity\":8,\"outcome\":\"SOLD_OUT\"}", i));
        }
        BreadStock bread = load(serializer, json.append("}}").toString().getBytes());

        assertThat(bread.rememberedReservations()).isEqualTo(DecidedReservations.SETTLED_KEPT + 1);
        assertThat(decide(bread, new ReserveStockCommand(BREAD, "r09000", 3))).isEqualTo(StockOutcome.RESERVED);
        assertThat(decide(bread, new ReserveStockCommand(BREAD, "r09001", 2))).isEqualTo(StockOutcome.RELEASED);
        assertThat(decide(bread, new ReserveStockCommand(BREAD, "r04999", 1))).as("sold out, remembered")
                .isEqualTo(StockOutcome.SOLD_OUT);
        assertThat(decide(bread, new ReserveStockCommand(BREAD, "r00000", 1))).as("sold out, forgotten")
                .isEqualTo(StockOutcome.SOLD_OUT);
        assertThat(handle(bread, new ReleaseStockCommand(BREAD, "r09000")).events())
                .containsExactly(new StockReleasedEvent(BREAD, "r09000", 3, 10));
        assertThat(decide(bread, new ReserveStockCommand(BREAD, "r09500", 10))).isEqualTo(StockOutcome.RESERVED);
    }

    @ParameterizedTest(name = "{0} serializer")
    @MethodSource("serializers")
    void aSnapshotKeepsTheSaleTimesTheCodesHeldAndTheLastTicket(String name, Serializer serializer) {
        BreadStock bread = new BreadStock();
        bread.on(new BreadRegisteredEvent(BREAD, "Salt Bread", 10, 5, "KA", Instant.EPOCH,
                Instant.parse("2999-01-01T00:00:00Z")));
        bread.on(new StockReservedEvent(BREAD, "r1", 1, 9, "KA23"));
        bread.on(new StockReservedEvent(BREAD, "r2", 1, 8, "KA24"));
        bread.on(new BreadSaleEndedEvent(BREAD, Instant.parse("2998-01-01T00:00:00Z")));

        byte[] snapshot = serializer.serialize(bread, byte[].class).getData();
        BreadStock loaded = load(serializer, snapshot);

        assertThat(serializer.serialize(loaded, byte[].class).getData()).isEqualTo(snapshot);
        assertThat(((StockDecisions) handle(loaded, new ReserveStockCommand(BREAD, "r2", 1)).answer()).pickupCodes())
                .containsExactly("KA24");
        assertThat(new String(snapshot)).contains("\"lastTicket\":2", "\"pickupPrefix\":\"KA\"", "endedAt");
    }

    @ParameterizedTest(name = "{0} serializer")
    @MethodSource("serializers")
    void aSnapshotKeepsTheWaitlistInOrderWithItsOffersAndThoseWhoLeft(String name, Serializer serializer) {
        BreadStock bread = new BreadStock();
        bread.on(new BreadRegisteredEvent(BREAD, "Salt Bread", 1, 5, "KA", null, null, 2));
        bread.on(new StockReservedEvent(BREAD, "r1", 1, 0, "KA23", "anna"));
        for (String waiter : List.of("w1", "w2", "w3")) {
            handle(bread, new JoinWaitlistCommand(BREAD, waiter, "hash-of-" + waiter, "secret-of-" + waiter));
        }
        handle(bread, new RestockBreadCommand(BREAD, 1));
        AcceptedOffer accepted = (AcceptedOffer) handle(bread,
                new AcceptOfferCommand(BREAD, "w1", "secret-of-w1", "r9")).answer();
        handle(bread, new RestockBreadCommand(BREAD, 1));

        byte[] snapshot = serializer.serialize(bread, byte[].class).getData();
        BreadStock loaded = load(serializer, snapshot);

        assertThat(serializer.serialize(loaded, byte[].class).getData()).isEqualTo(snapshot);
        assertThat(handle(loaded, new JoinWaitlistCommand(BREAD, "w3", "hash-of-w3", "secret-of-w3")).answer())
                .isEqualTo(new WaitlistPosition(BREAD, "w3", 3));
        assertThat(handle(loaded, new AcceptOfferCommand(BREAD, "w1", "secret-of-w1", "r9")).answer())
                .isEqualTo(accepted);
        assertThat(handle(loaded, new DeclineOfferCommand(BREAD, "w2", "secret-of-w2")).events())
                .extracting(event -> event instanceof LoafOfferedEvent offer ? offer.offerId() + " to "
                        + offer.waiterId() : event.getClass().getSimpleName())
                .containsExactly("OfferDeclinedEvent", BREAD + "-offer-3 to w3");
        assertThat(handle(loaded, new ReleaseStockCommand(BREAD, "r9")).events())
                .as("nobody waits any more").containsExactly(new StockReleasedEvent(BREAD, "r9", 1, 1));
    }

    /** Every loaf taken, one in a hundred given back by a cancellation and taken again, every other request sold out. */
    private static BreadStock aScarceSale() {
        BreadStock bread = new BreadStock();
        bread.on(new BreadRegisteredEvent(BREAD, "Salt Bread", EDITION, 1));
        TimeOrderedIdentifierFactory ids = new TimeOrderedIdentifierFactory();
        Deque<String> holding = new ArrayDeque<>();
        int remaining = EDITION;
        for (int i = 0; i < RESERVATIONS; i++) {
            if (i % 100 == 99) {
                bread.on(new StockReleasedEvent(BREAD, holding.removeFirst(), 1, ++remaining));
            }
            String id = ids.generateIdentifier();
            if (remaining > 0) {
                bread.on(new StockReservedEvent(BREAD, id, 1, --remaining));
                holding.addLast(id);
            } else if (i % 2 == 0) {
                bread.on(new StockCheckedSoldOutEvent(BREAD, id, 1, 0));
            } else {
                bread.on(new StockSoldOutEvent(BREAD, id, 1, 0));
            }
        }
        return bread;
    }

    private static long usedHeapAfterCollecting() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static BreadStock load(Serializer serializer, byte[] snapshot) {
        return serializer.deserialize(new SimpleSerializedObject<>(snapshot, byte[].class, BreadStock.class.getName(),
                null));
    }

    private static StockOutcome decide(BreadStock bread, ReserveStockCommand command) {
        return ((StockDecisions) handle(bread, command).answer()).outcomes().get(0);
    }

    /** The command handled by the bread as its repository would, with the events it applied. */
    private static Handled handle(BreadStock bread, Object command) {
        SimpleEventBus eventBus = SimpleEventBus.builder().build();
        List<Object> events = new ArrayList<>();
        eventBus.subscribe(messages -> messages.forEach(message -> events.add(message.getPayload())));
        EventSourcedAggregate<BreadStock> aggregate = EventSourcedAggregate.initialize(bread,
                AnnotatedAggregateMetaModelFactory.inspectAggregate(BreadStock.class, RESOURCES), eventBus,
                NoSnapshotTriggerDefinition.TRIGGER);
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(message).executeWithResult(() -> aggregate.handle(message));
        assertThat(result.isExceptional()).as(command + " failed: " + result).isFalse();
        return new Handled(result.getPayload(), events);
    }

    private record Handled(Object answer, List<Object> events) {
    }
}
