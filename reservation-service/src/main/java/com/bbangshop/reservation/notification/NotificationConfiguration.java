package com.bbangshop.reservation.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The notifications' settings, their channels (only those that are on) and their sender. */
@Configuration
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfiguration {

    @Bean
    static Clock notificationClock() {
        return Clock.systemUTC();
    }

    /** JavaMailSender exists where spring.mail.host is set (Spring Boot's MailSenderAutoConfiguration). */
    @Bean
    NotificationChannels notificationChannels(NotificationProperties settings, ObjectProvider<JavaMailSender> mail,
                                              ObjectMapper json, Clock notificationClock) {
        List<NotificationChannel> on = new ArrayList<>();
        mail.ifAvailable(sender -> on.add(new EmailChannel(sender, settings.mail().from(), settings.zone())));
        if (settings.webhook().isOn()) {
            on.add(new WebhookChannel(settings.webhook(), json, notificationClock, settings.zone()));
        }
        return new NotificationChannels(List.copyOf(on));
    }

    @Bean
    OutboxSender outboxSender(Outbox outbox, NotificationChannels channels, NotificationProperties settings,
                              Clock notificationClock) {
        return new OutboxSender(outbox, channels.on(), settings, notificationClock);
    }

    /**
     * The recorder joins its processor by its @ProcessingGroup. A row that cannot be written (the database away) is
     * tried again, not skipped: the notice would be lost.
     */
    @Autowired
    void registerRecorder(EventProcessingConfigurer configurer, ObjectProvider<NotificationRecorder> recorder) {
        configurer.registerEventHandler(c -> recorder.getObject());
        configurer.registerListenerInvocationErrorHandler(NotificationRecorder.PROCESSOR,
                c -> PropagatingErrorHandler.instance());
    }
}
