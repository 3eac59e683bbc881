package com.bbangshop.reservation.notification;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * The {@code notifications} processor: its own tracking processor, so that it never waits for, nor delays, the saga
 * or the pages. It takes only the event types NotificationTriggers names (registered by NotificationConfiguration
 * rather than through annotations), so the processor reads past every other event without deserializing it: most of
 * a flash sale's. It only writes rows (sending is OutboxSender's): a notice becomes one outbox row per channel that
 * reaches the customer, in the same transaction as the processor's token, and the row's (event, channel) is unique,
 * so an event handled again adds nothing. A reservation's events come in order, so its contact is still there for
 * a notice and deleted by the event that ends it; a waiter's is moved to the reservation their
 * offer became.
 */
@Component
@ProcessingGroup(NotificationRecorder.PROCESSOR)
public class NotificationRecorder implements EventMessageHandler {

    public static final String PROCESSOR = "notifications";

    private final ContactBook contacts;
    private final Outbox outbox;
    private final List<NotificationChannel> channels;
    private final Clock clock;

    public NotificationRecorder(ContactBook contacts, Outbox outbox, NotificationChannels channels,
                                Clock notificationClock) {
        this.contacts = contacts;
        this.outbox = outbox;
        this.channels = channels.on();
        this.clock = notificationClock;
    }

    @Override
    public boolean canHandle(EventMessage<?> event) {
        return canHandleType(event.getPayloadType());
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return NotificationTriggers.concerns(payloadType);
    }

    @Override
    public Object handle(EventMessage<?> event) {
        record(event.getPayload(), event.getIdentifier());
        return null;
    }

    void record(Object event, String eventId) {
        NotificationTriggers.noticeOf(event).ifPresent(notice -> contacts.find(notice.contactId())
                .ifPresent(contact -> channels.stream().filter(channel -> channel.recipient(contact) != null)
                        .forEach(channel -> outbox.add(eventId, channel.name(), notice,
                                channel.recipient(contact), clock.instant()))));
        NotificationTriggers.endedBy(event).ifPresent(contacts::forget);
        NotificationTriggers.handoverOf(event).ifPresent(handover -> contacts.move(handover.fromId(),
                handover.toId()));
    }
}
