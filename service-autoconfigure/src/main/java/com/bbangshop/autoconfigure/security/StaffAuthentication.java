package com.bbangshop.autoconfigure.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Checks an HTTP Basic login against the configured staff credentials. Only their SHA-256 digests are kept, and
 * digests are compared in constant time, so neither the length nor a matching prefix shows in the answer's timing.
 * A slow hash (bcrypt) would buy nothing here: nothing is stored, and Basic sends the password with every call,
 * so it would cost every staff request tens of milliseconds. Guessing is slowed instead by {@link LoginThrottle}.
 */
final class StaffAuthentication implements AuthenticationProvider {

    static final String ROLE = "STAFF";

    private final String username;
    private final byte[] usernameDigest;
    private final byte[] passwordDigest;
    private final LoginThrottle throttle;

    StaffAuthentication(String username, String password, LoginThrottle throttle) {
        this.username = username;
        this.usernameDigest = digest(username);
        this.passwordDigest = digest(password);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String address = login.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        throttle.waitFor(address).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        String givenPassword = login.getCredentials() == null ? "" : login.getCredentials().toString();
        boolean userMatches = MessageDigest.isEqual(usernameDigest, digest(login.getName()));
        boolean passwordMatches = MessageDigest.isEqual(passwordDigest, digest(givenPassword));
        if (!(userMatches & passwordMatches)) {
            throttle.failed(address);
            throw new BadCredentialsException("the staff credentials were not accepted");
        }
        throttle.succeeded(address);
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
