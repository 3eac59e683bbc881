package com.bbangshop.reservation.notification;

import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cancel events stored before they told who canceled are read as not by staff. */
class OldCancelEventsTest {

    @Test
    void aCancelEventWithoutAReasonReadsAsUnknownAndNotifiesNobody() {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        SerializedObject<String> stored = new SimpleSerializedObject<>("{\"reservationId\":\"r-1\",\"breadId\":"
                + "\"b-1\",\"quantity\":2,\"previousStatus\":\"CONFIRMED\"}", String.class,
                new SimpleSerializedType(ReservationCancellationRequestedEvent.class.getName(), null));

        ReservationCancellationRequestedEvent event = serializer.deserialize(stored);

        assertThat(event).isEqualTo(new ReservationCancellationRequestedEvent("r-1", "b-1", 2,
                ReservationStatus.CONFIRMED, null));
        assertThat(event.byStaff()).isFalse();
        assertThat(NotificationTriggers.noticeOf(event)).isEmpty();
    }
}
