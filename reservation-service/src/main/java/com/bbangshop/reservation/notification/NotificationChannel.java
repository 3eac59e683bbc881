package com.bbangshop.reservation.notification;

/** A way to reach a customer. Only channels that are on are beans. */
public interface NotificationChannel {

    /** The name outbox rows carry, e.g. EMAIL. */
    String name();

    /** Where this channel reaches the contact; null if it cannot. */
    String recipient(Contact contact);

    /** Sends one notification; throws if it did not go (the sender then tries again later). */
    void send(OutboxEntry entry) throws Exception;
}
