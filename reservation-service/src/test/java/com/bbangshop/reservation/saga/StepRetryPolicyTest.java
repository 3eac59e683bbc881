package com.bbangshop.reservation.saga;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StepRetryPolicyTest {

    private final StepRetryPolicy policy = new StepRetryPolicy(seconds(10), seconds(80), 3);

    @Test
    void waits_10_20_40_then_80_seconds_and_never_longer_than_the_cap() {
        List<Duration> delays = IntStream.rangeClosed(0, 5).mapToObj(policy::delayBefore).toList();

        assertThat(delays).containsExactly(seconds(10), seconds(20), seconds(40), seconds(80), seconds(80),
                seconds(80));
    }

    @Test
    void caps_at_max_even_when_doubling_would_overshoot_it() {
        StepRetryPolicy uneven = new StepRetryPolicy(seconds(10), seconds(30), 3);

        assertThat(uneven.delayBefore(1)).isEqualTo(seconds(20));
        assertThat(uneven.delayBefore(2)).isEqualTo(seconds(30));
        assertThat(uneven.delayBefore(3)).isEqualTo(seconds(30));
    }

    @Test
    void a_very_late_attempt_still_waits_the_cap_without_overflowing() {
        assertThat(policy.delayBefore(Integer.MAX_VALUE)).isEqualTo(seconds(80));
    }

    @Test
    void a_policy_whose_max_is_its_initial_delay_never_backs_off() {
        StepRetryPolicy flat = new StepRetryPolicy(seconds(10), seconds(10), 1);

        assertThat(flat.delayBefore(0)).isEqualTo(seconds(10));
        assertThat(flat.delayBefore(7)).isEqualTo(seconds(10));
    }

    @Test
    void the_production_defaults_reach_five_minutes_and_stay_there() {
        StepRetryPolicy defaults = new StepRetryPolicy(seconds(10), Duration.ofMinutes(5), 8);

        assertThat(defaults.delayBefore(4)).isEqualTo(seconds(160));
        assertThat(defaults.delayBefore(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.delayBefore(50)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_step_is_stuck_once_it_has_gone_unanswered_flag_after_times() {
        assertThat(policy.isStuck(0)).isFalse();
        assertThat(policy.isStuck(2)).isFalse();
        assertThat(policy.isStuck(3)).isTrue();
        assertThat(policy.isStuck(4)).isTrue();
    }

    @Test
    void rejects_a_zero_initial_delay() {
        assertThatThrownBy(() -> new StepRetryPolicy(Duration.ZERO, seconds(80), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_a_negative_initial_delay() {
        assertThatThrownBy(() -> new StepRetryPolicy(seconds(-1), seconds(80), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_a_max_shorter_than_the_initial_delay() {
        assertThatThrownBy(() -> new StepRetryPolicy(seconds(10), seconds(9), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_flagging_before_the_first_attempt() {
        assertThatThrownBy(() -> new StepRetryPolicy(seconds(10), seconds(80), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepRetryPolicy(seconds(10), seconds(80), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
