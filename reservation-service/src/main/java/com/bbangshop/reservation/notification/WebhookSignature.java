package com.bbangshop.reservation.notification;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The webhook's signature: {@code sha256=} and the hex HMAC-SHA256, keyed with the shared secret, of
 * {@code <timestamp>.<body>}. The timestamp is signed too, so a receiver that refuses old timestamps refuses a
 * replayed request.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Bbangshop-Signature";
    public static final String TIMESTAMP_HEADER = "X-Bbangshop-Timestamp";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(signed);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is not available", unavailable);
        }
    }
}
