package com.bbangshop.reservation.notification;

import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The customers' contacts, kept in a table of their own and never in an event (events are kept forever): written for
 * an accepted reservation, deleted when it ends (see NotificationTriggers#ENDINGS).
 */
@Component
public class ContactBook {

    private static final Logger log = LoggerFactory.getLogger(ContactBook.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Validator validator;

    public ContactBook(JdbcTemplate jdbc, Clock notificationClock, Validator validator) {
        this.jdbc = jdbc;
        this.clock = notificationClock;
        this.validator = validator;
    }

    /** A reserve request's {@code notify} must be plausible; a 400 names the member that is not. */
    public void check(NotifyContact contact) {
        if (contact == null) {
            return;
        }
        if (contact.email() == null && contact.phone() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "notify must hold an email or a phone");
        }
        String wrong = validator.validate(contact).stream()
                .map(violation -> "notify." + violation.getPropertyPath() + " " + violation.getMessage())
                .sorted().collect(Collectors.joining("; "));
        if (!wrong.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, wrong);
        }
    }

    /**
     * Called by the reserve request's own thread once its reservation's acceptance is recorded: no command, no event,
     * nothing on the placement threads, and a request without {@code notify} pays nothing. A failure loses only the
     * notifications (logged); the reservation stands and is answered as always.
     */
    public void keep(String reservationId, NotifyContact contact) {
        if (contact == null) {
            return;
        }
        try {
            jdbc.update("insert into reservation_contacts (reservation_id, email, phone, created_at) "
                            + "values (?, ?, ?, ?)",
                    reservationId, contact.email(), contact.phoneE164(), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException kept) {
            // kept already: the id is new for every request, so this is the same contact
        } catch (DataAccessException failed) {
            log.warn("The contact of reservation {} was not kept; it will not be notified", reservationId, failed);
        }
    }

    public Optional<Contact> find(String reservationId) {
        return jdbc.query("select email, phone from reservation_contacts where reservation_id = ?",
                (row, n) -> new Contact(row.getString("email"), row.getString("phone")), reservationId).stream()
                .findFirst();
    }

    /** A waiter's contact becomes their new reservation's; moved twice, it is moved once. */
    public void move(String fromId, String toId) {
        jdbc.update("update reservation_contacts set reservation_id = ? where reservation_id = ?", toId, fromId);
    }

    public void forget(String reservationId) {
        jdbc.update("delete from reservation_contacts where reservation_id = ?", reservationId);
    }
}
