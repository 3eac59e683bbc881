package com.bbangshop.reservation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret a customer cancels with. It is 256 random bits, so a plain SHA-256 is enough to keep only a hash
 * (nothing to brute-force), and hashes are compared in constant time.
 */
public final class CancelSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CancelSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static boolean matches(String expectedHash, String givenHash) {
        if (expectedHash == null || givenHash == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHash.getBytes(StandardCharsets.US_ASCII),
                givenHash.getBytes(StandardCharsets.US_ASCII));
    }
}
