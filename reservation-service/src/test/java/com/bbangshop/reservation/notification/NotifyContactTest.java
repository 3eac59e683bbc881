package com.bbangshop.reservation.notification;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotifyContactTest {

    private final ContactBook book = new ContactBook(null, Clock.systemUTC(),
            Validation.buildDefaultValidatorFactory().getValidator());

    @ParameterizedTest
    @CsvSource({"010-1234-5678,+821012345678", "01012345678,+821012345678", "02-123-4567,+8221234567",
            "+821012345678,+821012345678", "+14155550123,+14155550123"})
    void aPhoneNumberIsKeptInE164(String given, String kept) {
        assertThatCode(() -> book.check(new NotifyContact(null, given))).doesNotThrowAnyException();
        assertThat(new NotifyContact(null, given).phoneE164()).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+0123456789", "010 1234 5678", "tel:01012345678", "+82 10 1234 5678",
            "0101234567890123"})
    void anImplausiblePhoneNumberIsRefusedByName(String phone) {
        assertThatThrownBy(() -> book.check(new NotifyContact(null, phone)))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("notify.phone must be a phone number in E.164");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kim", "kim@", "kim@example", "kim @example.com", "kim@exa mple.com", "a@b@example.com",
            "kim@example.com\r\nBcc: x@example.com"})
    void anImplausibleEmailIsRefusedByName(String email) {
        assertThatThrownBy(() -> book.check(new NotifyContact(email, null)))
                .hasMessageContaining("notify.email must be an e-mail address");
    }

    @Test
    void aNotifyWithNeitherIsRefused() {
        assertThatThrownBy(() -> book.check(new NotifyContact(null, null)))
                .hasMessageContaining("notify must hold an email or a phone");
    }

    @Test
    void aPlausibleEmailIsTaken() {
        assertThatCode(() -> book.check(new NotifyContact("kim.minji+bread@mail.example.co.kr", null)))
                .doesNotThrowAnyException();
    }
}
