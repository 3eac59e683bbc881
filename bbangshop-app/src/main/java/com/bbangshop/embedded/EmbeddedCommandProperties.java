package com.bbangshop.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded command bus's threads (defaults in application.yml).
 *
 * @param commandThreads         {@code bbangshop.command-threads}: the pool running each command in its own
 *                               transaction
 * @param followUpCommandThreads {@code bbangshop.follow-up-command-threads}: threads for the commands of the saga and
 *                               the deadlines
 * @param followUpGroup          {@code bbangshop.follow-up-group}: how many waiting follow-up commands one thread
 *                               handles together and commits once
 */
@ConfigurationProperties("bbangshop")
public record EmbeddedCommandProperties(int commandThreads, int followUpCommandThreads, int followUpGroup) {

    public EmbeddedCommandProperties {
        if (commandThreads < 1 || followUpCommandThreads < 1 || followUpGroup < 1) {
            throw new IllegalArgumentException(
                    "bbangshop.command-threads, .follow-up-command-threads and .follow-up-group must be at least 1");
        }
    }
}
