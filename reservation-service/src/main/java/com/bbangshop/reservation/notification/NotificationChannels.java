package com.bbangshop.reservation.notification;

import java.util.List;

/** The channels that are on, in the order a notice makes its rows. */
public record NotificationChannels(List<NotificationChannel> on) {
}
