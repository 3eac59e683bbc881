package com.bbangshop.reservation.notification;

/** How a reservation's customer can be reached: an e-mail address, a phone number in E.164, either may be null. */
public record Contact(String email, String phone) {
}
