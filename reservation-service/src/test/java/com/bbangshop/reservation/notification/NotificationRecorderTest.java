package com.bbangshop.reservation.notification;

import com.bbangshop.api.reservation.CancellationReason;
import com.bbangshop.api.reservation.PickupDeadlineNearEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.OfferAcceptedEvent;
import com.bbangshop.api.waitlist.OfferDeclinedEvent;
import com.bbangshop.api.waitlist.OfferExpiredEvent;
import com.bbangshop.api.waitlist.WaitlistLeftEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.reservation.SoldOutReservationRecordedEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import jakarta.validation.Validation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationRecorderTest {

    private final OutboxTables tables = new OutboxTables();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final ContactBook contacts = new ContactBook(tables.jdbc, clock,
            Validation.buildDefaultValidatorFactory().getValidator());
    private final NotificationRecorder recorder = new NotificationRecorder(contacts, tables.outbox,
            new NotificationChannels(List.of(channel("EMAIL", true), channel("WEBHOOK", false))), clock);

    @AfterEach
    void closeTables() {
        tables.close();
    }

    @Test
    void aStaffCancelMakesOneRowPerChannelThatReachesTheCustomerAndARedeliveryMakesNone() {
        contacts.keep("r-1", new NotifyContact("kim@example.com", "010-1234-5678"));

        recorder.record(staffCancel("r-1"), "event-1");
        recorder.record(staffCancel("r-1"), "event-1");

        assertThat(tables.jdbc.queryForList("select channel || ' ' || recipient || ' ' || kind "
                + "from notification_outbox order by channel", String.class))
                .containsExactly("EMAIL kim@example.com CANCELED_BY_STAFF", "WEBHOOK +821012345678 CANCELED_BY_STAFF");
    }

    @Test
    void theProcessorTakesOnlyTheEventsThatNotifyOrEndAReservation() {
        assertThat(recorder.canHandleType(ReservationCancellationRequestedEvent.class)).isTrue();
        assertThat(recorder.canHandleType(ReservationCanceledEvent.class)).isTrue();
        assertThat(recorder.canHandleType(ReservationPickedUpEvent.class)).isTrue();
        assertThat(recorder.canHandleType(ReservationSoldOutEvent.class)).isTrue();
        assertThat(recorder.canHandleType(SoldOutReservationRecordedEvent.class)).isFalse();
        assertThat(recorder.canHandleType(ReservationPlacedEvent.class)).isFalse();
        assertThat(recorder.canHandleType(StockReservedEvent.class)).isFalse();
        assertThat(recorder.canHandleType(ReservationReadyEvent.class)).isTrue();
        assertThat(recorder.canHandleType(LoafOfferedEvent.class)).isTrue();
        assertThat(recorder.canHandleType(OfferAcceptedEvent.class)).isTrue();
    }

    @Test
    void aChannelThatCannotReachTheCustomerMakesNoRow() {
        contacts.keep("r-1", new NotifyContact(null, "+821012345678"));

        recorder.record(staffCancel("r-1"), "event-1");

        assertThat(tables.jdbc.queryForList("select channel from notification_outbox", String.class))
                .containsExactly("WEBHOOK");
    }

    @ParameterizedTest
    @EnumSource(value = CancellationReason.class, names = {"CUSTOMER", "ABANDONED"})
    void aCancelNotByStaffNotifiesNobody(CancellationReason reason) {
        contacts.keep("r-1", new NotifyContact("kim@example.com", null));

        recorder.record(new ReservationCancellationRequestedEvent("r-1", "b-1", 1, ReservationStatus.ACCEPTED, reason),
                "event-1");
        recorder.record(new ReservationCancellationRequestedEvent("r-1", "b-1", 1, ReservationStatus.ACCEPTED),
                "event-2");

        assertThat(tables.rows()).isZero();
    }

    @Test
    void aReservationWithoutAContactNotifiesNobody() {
        recorder.record(staffCancel("r-1"), "event-1");

        assertThat(tables.rows()).isZero();
    }

    @Test
    void theContactIsDeletedWhenTheReservationEndsAndOnlyItsOwn() {
        contacts.keep("r-1", new NotifyContact("kim@example.com", null));
        contacts.keep("r-2", new NotifyContact("lee@example.com", null));
        contacts.keep("r-3", new NotifyContact("park@example.com", null));
        contacts.keep("r-4", new NotifyContact("choi@example.com", null));

        recorder.record(new ReservationCanceledEvent("r-1", "b-1", 1), "event-1");
        recorder.record(new ReservationPickedUpEvent("r-2", "b-1"), "event-2");
        recorder.record(new ReservationSoldOutEvent("r-4", "b-1", 1), "event-3");

        assertThat(contacts.find("r-1")).isEmpty();
        assertThat(contacts.find("r-2")).isEmpty();
        assertThat(contacts.find("r-4")).isEmpty();
        assertThat(contacts.find("r-3")).contains(new Contact("park@example.com", null));
    }

    @Test
    void aStaffCancelIsNotifiedEvenThoughTheCancelThatFollowsDeletesTheContact() {
        contacts.keep("r-1", new NotifyContact("kim@example.com", null));

        recorder.record(staffCancel("r-1"), "event-1");
        recorder.record(new ReservationCanceledEvent("r-1", "b-1", 1), "event-2");

        assertThat(contacts.find("r-1")).isEmpty();
        assertThat(tables.jdbc.queryForObject("select recipient from notification_outbox", String.class))
                .isEqualTo("kim@example.com");
    }

    @Test
    void aReadyLoafAndANearDeadlineTellThePickupCodeAndTheDeadline() {
        contacts.keep("r-1", new NotifyContact("kim@example.com", null));
        Instant pickupBy = Instant.parse("2026-12-07T09:30:00Z");

        recorder.record(new ReservationReadyEvent("r-1", "b-1", "KA23", pickupBy), "event-1");
        recorder.record(new PickupDeadlineNearEvent("r-1", "b-1", "KA23", pickupBy), "event-2");

        assertThat(tables.jdbc.queryForList("select kind || ' ' || pickup_code from notification_outbox order by id",
                String.class)).containsExactly("READY KA23", "PICKUP_ENDING KA23");
        OutboxEntry ready = tables.outbox.list(OutboxStatus.PENDING, 10).get(0);
        assertThat(ready.until()).isEqualTo(pickupBy);
        assertThat(ready.kind().text(ready, java.time.ZoneId.of("Asia/Seoul")))
                .contains("18:30까지 픽업 코드 KA23").contains("Show pickup code KA23 at the counter by 18:30.");
    }

    @Test
    void anOfferReachesTheWaiterAndTheirContactMovesToTheReservationItBecomes() {
        contacts.keep("w-1", new NotifyContact("kim@example.com", null));
        Instant holdUntil = Instant.parse("2026-12-07T10:10:00Z");

        recorder.record(new LoafOfferedEvent("b-1", "b-1/offer/1", "w-1", holdUntil), "event-1");
        recorder.record(new OfferAcceptedEvent("b-1", "b-1/offer/1", "w-1", "r-9", "hash", "KA24"), "event-2");

        OutboxEntry offer = tables.outbox.list(OutboxStatus.PENDING, 10).get(0);
        assertThat(offer.kind()).isEqualTo(NotificationKind.LOAF_OFFERED);
        assertThat(offer.reservationId()).isEqualTo("w-1");
        assertThat(offer.until()).isEqualTo(holdUntil);
        assertThat(contacts.find("w-1")).isEmpty();
        assertThat(contacts.find("r-9")).contains(new Contact("kim@example.com", null));
    }

    @Test
    void aWaiterWhoLeavesTheLineWithoutAReservationAndANoShowLoseTheirContact() {
        for (String id : List.of("w-1", "w-2", "w-3", "r-1", "w-4")) {
            contacts.keep(id, new NotifyContact(id + "@example.com", null));
        }

        recorder.record(new WaitlistLeftEvent("b-1", "w-1"), "event-1");
        recorder.record(new OfferDeclinedEvent("b-1", "b-1/offer/1", "w-2"), "event-2");
        recorder.record(new OfferExpiredEvent("b-1", "b-1/offer/2", "w-3"), "event-3");
        recorder.record(new ReservationExpiredEvent("r-1", "b-1", 1, "KA23"), "event-4");

        assertThat(List.of("w-1", "w-2", "w-3", "r-1")).allSatisfy(id -> assertThat(contacts.find(id)).isEmpty());
        assertThat(contacts.find("w-4")).isPresent();
    }

    private static ReservationCancellationRequestedEvent staffCancel(String reservationId) {
        return new ReservationCancellationRequestedEvent(reservationId, "b-1", 1, ReservationStatus.CONFIRMED,
                CancellationReason.STAFF);
    }

    private static NotificationChannel channel(String name, boolean byEmail) {
        return new NotificationChannel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String recipient(Contact contact) {
                return byEmail ? contact.email() : contact.phone();
            }

            @Override
            public void send(OutboxEntry entry) {
                throw new UnsupportedOperationException("the recorder sends nothing");
            }
        };
    }
}
