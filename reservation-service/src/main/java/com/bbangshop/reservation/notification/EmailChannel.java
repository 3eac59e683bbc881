package com.bbangshop.reservation.notification;

import java.time.ZoneId;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mail over SMTP with Spring Boot's mail support: on where spring.mail.host is set. */
public class EmailChannel implements NotificationChannel {

    public static final String NAME = "EMAIL";

    private final JavaMailSender mail;
    private final String from;
    private final ZoneId zone;

    public EmailChannel(JavaMailSender mail, String from, ZoneId zone) {
        this.mail = mail;
        this.from = from;
        this.zone = zone;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String recipient(Contact contact) {
        return contact.email();
    }

    @Override
    public void send(OutboxEntry entry) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(entry.recipient());
        message.setSubject(entry.kind().subject());
        message.setText(entry.kind().text(entry, zone));
        mail.send(message);
    }
}
