package com.bbangshop.reservation.notification;

/**
 * What a notification tells, in Korean and English. The reservation's language is not known, so every message holds
 * both, Korean first. {@code %s} is the reservation's id.
 */
public enum NotificationKind {
    CANCELED_BY_STAFF(
            "[빵샵] 예약이 취소되었습니다", "매장에서 예약 %s을(를) 취소했습니다. 문의는 매장으로 해 주세요.",
            "[bbangshop] Your reservation was canceled", "The shop canceled reservation %s. Please ask the shop why.");

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

    public String text(String reservationId) {
        return koreanText.formatted(reservationId) + "\n\n" + englishText.formatted(reservationId);
    }
}
