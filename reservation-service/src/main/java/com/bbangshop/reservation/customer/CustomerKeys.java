package com.bbangshop.reservation.customer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * Who a customer is, for a bread that limits loaves per customer, without keeping their phone number: HMAC-SHA256 of
 * the number (its digits, and a leading +) under the shop's key. The same number gives the same hash, so the limit
 * holds; the number cannot be read back, nor found by hashing every number without the key. Only the hash goes on,
 * to the bakery's events. A shop without a key ({@code bbangshop.customers.key}) cannot take reservations of such a
 * bread: {@link NoCustomerKeyException}.
 */
@Component
@EnableConfigurationProperties(CustomerProperties.class)
public class CustomerKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public CustomerKeys(CustomerProperties properties) {
        this.key = properties.key().isBlank() ? null
                : new SecretKeySpec(properties.key().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The phone number as compared: its digits (and a leading +), if it is one. */
    public static Optional<String> normalize(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String number = phone.replaceAll("[\\s().-]", "");
        return number.matches("\\+?[0-9]{7,15}") ? Optional.of(number) : Optional.empty();
    }

    /** The keyed hash of a normalized number. */
    public String hashOf(String normalizedPhone) {
        if (key == null) {
            throw new NoCustomerKeyException();
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] hash = mac.doFinal(normalizedPhone.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", unavailable);
        }
    }

    /** The shop limits loaves per customer for a bread but has set no key to tell customers apart with. */
    public static final class NoCustomerKeyException extends RuntimeException {
        NoCustomerKeyException() {
            super("this bread limits loaves per customer, and the shop has not set the key that tells customers "
                    + "apart (bbangshop.customers.key): it cannot be reserved until it does");
        }
    }
}
