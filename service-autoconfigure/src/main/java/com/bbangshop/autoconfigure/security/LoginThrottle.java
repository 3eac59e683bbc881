package com.bbangshop.autoconfigure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts failed staff logins, per client address and from all addresses together, each in a window that starts with
 * its first failure. An address past its allowance, or any address while all together are past theirs, is refused
 * until that window ends, without its password being checked. An address that logged in lately stays exempt from
 * the shared allowance, so that guessing from many addresses does not lock working staff out. Successful logins are
 * never counted or slowed.
 */
final class LoginThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    private final StaffProperties.LoginThrottle limits;
    private final Ticker ticker;
    private final Cache<String, Window> failuresByAddress;
    private final Cache<String, Boolean> loggedInLately;
    private final AtomicReference<Window> allFailures = new AtomicReference<>();

    LoginThrottle(StaffProperties.LoginThrottle limits, Ticker ticker) {
        this.limits = limits;
        this.ticker = ticker;
        this.failuresByAddress = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(limits.window())
                .maximumSize(MAX_ADDRESSES).build();
        this.loggedInLately = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(limits.knownAddressFor())
                .maximumSize(MAX_ADDRESSES).build();
    }

    /** How long the address must wait before its next login is checked; empty if it may try now. */
    Optional<Duration> waitFor(String address) {
        long now = ticker.read();
        Window own = failuresByAddress.getIfPresent(address);
        if (own != null && own.isOpen(now) && own.failures.get() >= limits.failuresPerAddress()) {
            return Optional.of(own.remaining(now));
        }
        Window all = allFailures.get();
        if (all != null && all.isOpen(now) && all.failures.get() >= limits.failures()
                && loggedInLately.getIfPresent(address) == null) {
            return Optional.of(all.remaining(now));
        }
        return Optional.empty();
    }

    void failed(String address) {
        long now = ticker.read();
        failuresByAddress.get(address, first -> new Window(now + limits.window().toNanos())).failures
                .incrementAndGet();
        Window all = allFailures.updateAndGet(current -> current != null && current.isOpen(now) ? current
                : new Window(now + limits.window().toNanos()));
        all.failures.incrementAndGet();
    }

    void succeeded(String address) {
        loggedInLately.put(address, Boolean.TRUE);
    }

    private static final class Window {

        private final long endsAt;
        private final AtomicInteger failures = new AtomicInteger();

        private Window(long endsAt) {
            this.endsAt = endsAt;
        }

        boolean isOpen(long now) {
            return now - endsAt < 0;
        }

        Duration remaining(long now) {
            return Duration.ofNanos(endsAt - now);
        }
    }
}
