package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.bbangshop.api.assignment.WatchAssignmentsQuery;
import com.bbangshop.api.board.FindPickupBoardQuery;
import com.bbangshop.api.page.FindReservationQuery;
import com.bbangshop.api.page.WatchPagesQuery;
import com.bbangshop.api.stock.FindBreadQuery;
import com.bbangshop.api.stock.WatchBreadsQuery;
import com.bbangshop.api.waitlist.FindWaiterQuery;
import com.bbangshop.api.waitlist.WaitlistJoinedEvent;
import org.assertj.core.api.SoftAssertions;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every subscription query the services send gets an initial result its sender can use after it crossed Axon Server.
 * There the handler's converted answer is serialized by its own class and handed to the sender as it deserializes,
 * without the conversion a point query gets: an Optional or a List arrives holding untyped maps. This replays each
 * subscription query the kiosk's and the staff's calls made, and sends its answer through the message serializer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InitialResultsKeepTheirTypeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    QueryBus queryBus;
    @Autowired
    EventGateway events;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;

    private final List<SubscriptionQueryMessage<?, ?, ?>> sent = new CopyOnWriteArrayList<>();
    private Registration recording;

    @BeforeEach
    void recordSubscriptionQueries() {
        MessageDispatchInterceptor<QueryMessage<?, ?>> recorder = messages -> (index, message) -> {
            if (message instanceof SubscriptionQueryMessage<?, ?, ?> subscription) {
                sent.add(subscription);
            }
            return message;
        };
        recording = queryBus.registerDispatchInterceptor(recorder);
    }

    @AfterEach
    void stopRecording() {
        recording.cancel();
    }

    @Test
    void everySubscriptionQuerysInitialResultIsItsRequestedTypeOnceDeserialized() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("typed tartine", 5);
        BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
        String reservationId = reserved.text("reservationId");
        firstFrame(SseClient.open(port, "/live/reservations/" + reservationId));
        firstFrame(SseClient.open(port, "/live/breads"));
        firstFrame(SseClient.openAsStaff(port, "/live/pages"));
        firstFrame(SseClient.openAsStaff(port, "/live/assignments"));
        firstFrame(SseClient.open(port, "/live/board"));
        events.publish(new WaitlistJoinedEvent(breadId, "typed-waiter", "customer", "secret"));
        firstFrame(SseClient.open(port, "/live/waitlist/typed-waiter"));
        shop.patch("/reservations/" + reservationId, Map.of("status", "cancellation"),
                Map.of("X-Cancel-Secret", reserved.text("cancelSecret")));

        // replayed now that the bread, the reservation and its assignment exist: every answer has a payload
        List<SubscriptionQueryMessage<?, ?, ?>> replayed = List.copyOf(sent);
        assertThat(replayed).extracting(query -> query.getPayloadType().getSimpleName())
                .as("the calls above sent every kind of subscription query")
                .contains(FindBreadQuery.class.getSimpleName(), FindReservationQuery.class.getSimpleName(),
                        WatchBreadsQuery.class.getSimpleName(), WatchPagesQuery.class.getSimpleName(),
                        WatchAssignmentsQuery.class.getSimpleName(), FindPickupBoardQuery.class.getSimpleName(),
                        FindWaiterQuery.class.getSimpleName());
        SoftAssertions types = new SoftAssertions();
        for (SubscriptionQueryMessage<?, ?, ?> query : replayed) {
            Object received = acrossTheWire(queryBus.query(query).get(10, TimeUnit.SECONDS));
            types.assertThat(received).as(query.getPayloadType().getSimpleName() + " asked for "
                    + query.getResponseType()).isInstanceOf(query.getResponseType().getExpectedResponseType());
        }
        types.assertAll();
    }

    /** What the sender gets through Axon Server: the payload serialized by its class, deserialized unconverted. */
    private Object acrossTheWire(QueryResponseMessage<?> answer) {
        SerializedObject<byte[]> wire = answer.serializePayload(messageSerializer, byte[].class);
        return messageSerializer.deserialize(wire);
    }

    private static void firstFrame(SseClient stream) {
        try (stream) {
            assertThat(stream.next(WAIT).event()).isEqualTo("snapshot");
        }
    }
}
