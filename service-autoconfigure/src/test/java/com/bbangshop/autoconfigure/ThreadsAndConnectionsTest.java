package com.bbangshop.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The threads and connections blocks of application.yml and its profiles, as a process would read them: each
 * process's pool has a connection for every thread that holds one while it works, a request over max-in-flight still
 * finds a thread to be refused on, a replica apart can process every segment alone, and the sizes apart do not depend
 * on the order the profiles are named in.
 */
class ThreadsAndConnectionsTest {

    private static final String[] PROJECTIONS = {"pages", "breads", "assignments"};
    private static final String SAGA = "ReservationSagaProcessor";
    private static final String NOTIFICATIONS = "notifications";
    /** The notification sender's one thread (reservation-service's OutboxSender). */
    private static final int NOTIFICATION_SENDER = 1;

    @ParameterizedTest
    @ValueSource(strings = {"", "postgres", "axonserver,postgres", "postgres,axonserver"})
    void a_request_over_the_in_flight_limit_still_finds_a_thread_to_hear_503_on(String profiles) {
        Environment settings = settings(profiles);

        assertThat(number(settings, "server.tomcat.threads.max"))
                .isGreaterThan(number(settings, "bbangshop.reservation.max-in-flight"));
    }

    @Test
    void in_one_jvm_the_main_pool_has_a_connection_for_every_thread_that_holds_one() {
        Environment settings = settings("");

        int holders = number(settings, "bbangshop.reservation.placement-threads") + processorThreads(settings, SAGA)
                + Stream.of(PROJECTIONS).mapToInt(name -> processorThreads(settings, name)).sum()
                + number(settings, "db-scheduler.threads") + number(settings, "bbangshop.follow-up-command-threads")
                + processorThreads(settings, NOTIFICATIONS) + NOTIFICATION_SENDER;
        assertThat(number(settings, "spring.datasource.hikari.maximum-pool-size")).isGreaterThanOrEqualTo(holders);
    }

    @Test
    void the_launcher_on_postgresql_takes_half_the_connections_of_one_jvm() {
        Environment embedded = settings("");
        Environment postgres = settings("postgres");

        for (String pool : new String[]{"spring.datasource.hikari.maximum-pool-size",
                "bbangshop.event-store.datasource.hikari.maximum-pool-size"}) {
            assertThat(number(postgres, pool) * 2).as(pool).isEqualTo(number(embedded, pool));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"axonserver,postgres", "postgres,axonserver", "axonserver"})
    void apart_each_services_pool_has_a_connection_for_every_thread_that_holds_one(String profiles) {
        Environment settings = settings(profiles);
        int commands = number(settings, "axon.axonserver.command-threads");
        int queries = number(settings, "axon.axonserver.query-threads");

        int reservationService = commands + processorThreads(settings, SAGA) + number(settings, "db-scheduler.threads")
                + 1 + processorThreads(settings, NOTIFICATIONS) + NOTIFICATION_SENDER;
        int queryService = queries + Stream.of(PROJECTIONS).mapToInt(name -> processorThreads(settings, name)).sum();
        int bakeryService = commands;
        assertThat(number(settings, "spring.datasource.hikari.maximum-pool-size"))
                .isGreaterThanOrEqualTo(reservationService)
                .isGreaterThanOrEqualTo(queryService)
                .isGreaterThanOrEqualTo(bakeryService)
                .isEqualTo(20);
        assertThat(number(settings, "bbangshop.reservation.placement-group")).as("groups decided in one command")
                .isEqualTo(number(settings(""), "bbangshop.reservation.placement-group"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"axonserver,postgres", "postgres,axonserver"})
    void apart_every_processor_is_split_and_one_replica_has_a_thread_for_each_segment(String profiles) {
        Environment apart = settings(profiles);
        Environment embedded = settings("");

        for (String processor : new String[]{"pages", "breads", "assignments", SAGA}) {
            String segments = "axon.eventhandling.processors." + processor + ".initial-segment-count";
            assertThat(number(apart, segments)).as(processor).isGreaterThan(1)
                    .isLessThanOrEqualTo(processorThreads(apart, processor));
            assertThat(embedded.getProperty(segments, Integer.class, 1)).as(processor + " in one JVM").isEqualTo(1);
        }
    }

    private static int processorThreads(Environment settings, String processor) {
        return number(settings, "axon.eventhandling.processors." + processor + ".thread-count");
    }

    private static int number(Environment settings, String key) {
        Integer value = settings.getProperty(key, Integer.class);
        assertThat(value).as(key).isNotNull();
        return value;
    }

    private static Environment settings(String profiles) {
        SpringApplication reader = new SpringApplication(NothingToRun.class);
        reader.setWebApplicationType(WebApplicationType.NONE);
        reader.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = reader.run(
                "--spring.profiles.active=" + profiles, "--spring.main.banner-mode=off")) {
            return context.getEnvironment();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NothingToRun {
    }
}
