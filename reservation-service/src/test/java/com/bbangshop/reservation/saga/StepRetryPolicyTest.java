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

    private final StepRetryPolicy policy = new StepRetryPolicy(seconds(10), seconds(80), seconds(70));

    @Test
    void waits_10_20_40_then_80_seconds_and_never_longer_than_the_cap() {
        List<Duration> delays = IntStream.rangeClosed(0, 5).mapToObj(policy::delayBefore).toList();

        assertThat(delays).containsExactly(seconds(10), seconds(20), seconds(40), seconds(80), seconds(80),
                seconds(80));
    }

    @Test
    void caps_at_max_even_when_doubling_would_overshoot_it() {
        StepRetryPolicy uneven = new StepRetryPolicy(seconds(10), seconds(30), seconds(70));

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
        StepRetryPolicy flat = new StepRetryPolicy(seconds(10), seconds(10), seconds(10));

        assertThat(flat.delayBefore(0)).isEqualTo(seconds(10));
        assertThat(flat.delayBefore(7)).isEqualTo(seconds(10));
    }

    @Test
    void the_production_defaults_reach_five_minutes_and_stay_there() {
        StepRetryPolicy defaults = new StepRetryPolicy(seconds(10), Duration.ofMinutes(5), Duration.ofMinutes(15));

        assertThat(defaults.delayBefore(4)).isEqualTo(seconds(160));
        assertThat(defaults.delayBefore(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.delayBefore(50)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void the_production_defaults_flag_a_step_at_its_seventh_retry_after_fifteen_minutes_and_ten_seconds() {
        StepRetryPolicy defaults = new StepRetryPolicy(seconds(10), Duration.ofMinutes(5), Duration.ofMinutes(15));

        assertThat(defaults.isOverdue(6)).as("610 s waited").isFalse();
        assertThat(defaults.isOverdue(7)).as("910 s waited").isTrue();
    }

    @Test
    void counts_the_time_a_step_has_waited_as_the_sum_of_the_delays_before_each_retry() {
        assertThat(policy.waitedBefore(0)).isEqualTo(Duration.ZERO);
        assertThat(policy.waitedBefore(1)).isEqualTo(seconds(10));
        assertThat(policy.waitedBefore(3)).isEqualTo(seconds(70));
        assertThat(policy.waitedBefore(5)).isEqualTo(seconds(230));
    }

    @Test
    void a_step_is_overdue_once_it_has_waited_flag_after_in_all() {
        assertThat(policy.isOverdue(0)).isFalse();
        assertThat(policy.isOverdue(2)).as("30 s waited").isFalse();
        assertThat(policy.isOverdue(3)).as("70 s waited").isTrue();
        assertThat(policy.isOverdue(4)).isTrue();
    }

    @Test
    void rejects_a_zero_initial_delay() {
        assertThatThrownBy(() -> new StepRetryPolicy(Duration.ZERO, seconds(80), seconds(70)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_a_negative_initial_delay() {
        assertThatThrownBy(() -> new StepRetryPolicy(seconds(-1), seconds(80), seconds(70)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_a_max_shorter_than_the_initial_delay() {
        assertThatThrownBy(() -> new StepRetryPolicy(seconds(10), seconds(9), seconds(70)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_a_flag_after_that_is_not_positive() {
        assertThatThrownBy(() -> new StepRetryPolicy(seconds(10), seconds(80), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepRetryPolicy(seconds(10), seconds(80), seconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
