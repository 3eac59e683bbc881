package com.bbangshop.autoconfigure.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's windows on a clock the test moves. */
class LoginThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final LoginThrottle throttle = new LoginThrottle(new StaffProperties.LoginThrottle(Duration.ofMinutes(1),
            3, 5, Duration.ofHours(1)), nanos::get);

    @Test
    void anAddressWaitsFromItsAllowanceToTheEndOfTheWindowItsFirstFailureOpened() {
        throttle.failed("a");
        passes(Duration.ofSeconds(20));
        throttle.failed("a");
        assertThat(throttle.waitFor("a")).isEmpty();
        throttle.failed("a");

        assertThat(throttle.waitFor("a")).hasValue(Duration.ofSeconds(40));
        assertThat(throttle.waitFor("b")).isEmpty();
        passes(Duration.ofSeconds(40));
        assertThat(throttle.waitFor("a")).isEmpty();
    }

    @Test
    void whenAllAddressesTogetherArePastTheirAllowanceOnlyAddressesThatLoggedInLatelyMayTry() {
        throttle.succeeded("staff");
        for (String address : new String[] {"a", "b", "c", "d", "e"}) {
            throttle.failed(address);
        }

        assertThat(throttle.waitFor("new")).hasValue(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("staff")).isEmpty();
        passes(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("new")).isEmpty();
    }

    @Test
    void anAddressThatLoggedInLongAgoIsNoLongerExempt() {
        throttle.succeeded("staff");
        passes(Duration.ofHours(1));
        for (String address : new String[] {"a", "b", "c", "d", "e"}) {
            throttle.failed(address);
        }

        assertThat(throttle.waitFor("staff")).isPresent();
    }

    private void passes(Duration time) {
        nanos.addAndGet(time.toNanos());
    }
}
