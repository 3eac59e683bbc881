package com.bbangshop.reservation.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What a notification tells, in Korean and English. The customer's language is not known, so every message holds
 * both, Korean first. In the texts {@code %1$s} is the reservation's id (the waiter's for an offer), {@code %2$s}
 * the pickup code and {@code %3$s} the time the notice runs to, in the shop's time zone.
 */
public enum NotificationKind {
    CANCELED_BY_STAFF(
            "[빵샵] 예약이 취소되었습니다", "매장에서 예약 %1$s을(를) 취소했습니다. 문의는 매장으로 해 주세요.",
            "[bbangshop] Your reservation was canceled", "The shop canceled reservation %1$s. Please ask the shop why."),
    READY(
            "[빵샵] 빵이 준비되었습니다", "예약 %1$s의 빵이 나왔습니다. %3$s까지 픽업 코드 %2$s을(를) 보여 주고 찾아가 주세요.",
            "[bbangshop] Your bread is ready", "Your bread for reservation %1$s is ready. Show pickup code %2$s at the "
                    + "counter by %3$s."),
    PICKUP_ENDING(
            "[빵샵] 곧 픽업 시간이 끝납니다", "예약 %1$s의 빵을 %3$s까지 찾아가 주세요(픽업 코드 %2$s). 그 뒤에는 다음 손님께 "
                    + "넘어갑니다.",
            "[bbangshop] Your pickup time ends soon", "Please pick up reservation %1$s by %3$s (pickup code %2$s). "
                    + "After that the bread goes to the next customer."),
    LOAF_OFFERED(
            "[빵샵] 기다리던 빵이 나왔습니다", "기다리시던 빵 한 개를 %3$s까지 맡아 둡니다. 대기 카드에서 '받기'를 눌러 주세요.",
            "[bbangshop] A loaf is held for you", "A loaf you waited for is held for you until %3$s. Press Accept "
                    + "on your waitlist card to take it.");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final String koreanSubject;
    private final String koreanText;
    private final String englishSubject;
    private final String englishText;

    NotificationKind(String koreanSubject, String koreanText, String englishSubject, String englishText) {
        this.koreanSubject = koreanSubject;
        this.koreanText = koreanText;
        this.englishSubject = englishSubject;
        this.englishText = englishText;
    }

    public String subject() {
        return koreanSubject + " / " + englishSubject;
    }

    /** The offer is a waiter's: its id names no reservation yet. */
    public boolean isForWaiter() {
        return this == LOAF_OFFERED;
    }

    public String text(OutboxEntry entry, ZoneId zone) {
        String until = entry.until() == null ? "" : TIME.format(entry.until().atZone(zone));
        return koreanText.formatted(entry.reservationId(), entry.pickupCode(), until) + "\n\n"
                + englishText.formatted(entry.reservationId(), entry.pickupCode(), until);
    }
}
