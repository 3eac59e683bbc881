package com.bbangshop.reservation.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notification outbox table. A row is taken by moving its next attempt a lease ahead and counting the attempt,
 * in a short transaction of its own; the send happens outside any transaction, so a slow channel holds no
 * connection. Rows are picked with FOR UPDATE SKIP LOCKED (H2 and PostgreSQL both), so replicas sharing a database
 * never take the same row; one whose sender died is taken again when its lease runs out.
 */
@Component
public class Outbox {

    private static final int ERROR_LENGTH = 1000;
    private static final String COLUMNS = "id, event_id, channel, kind, reservation_id, recipient, status, attempts, "
            + "next_attempt_at, last_error, created_at, sent_at, pickup_code, until_at";
    private static final RowMapper<OutboxEntry> ENTRY = Outbox::entry;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public Outbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Adds the row unless this event already made one for this channel; true if it was added. */
    boolean add(String eventId, String channel, NotificationTriggers.Notice notice, String recipient, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.update("insert into notification_outbox (event_id, channel, kind, reservation_id, recipient, "
                        + "status, attempts, next_attempt_at, created_at, pickup_code, until_at) "
                        + "select ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ? "
                        + "where not exists (select 1 from notification_outbox where event_id = ? and channel = ?)",
                eventId, channel, notice.kind().name(), notice.contactId(), recipient,
                OutboxStatus.PENDING.name(), at, at, notice.pickupCode(),
                notice.until() == null ? null : Timestamp.from(notice.until()), eventId, channel) == 1;
    }

    /** Takes up to {@code limit} due rows for {@code lease}, each with its attempt counted. */
    List<OutboxEntry> take(Instant now, int limit, Duration lease) {
        return transaction.execute(status -> {
            List<Long> due = jdbc.queryForList("select id from notification_outbox where status = ? and "
                            + "next_attempt_at <= ? order by next_attempt_at fetch first ? rows only "
                            + "for update skip locked", Long.class,
                    OutboxStatus.PENDING.name(), Timestamp.from(now), limit);
            for (long id : due) {
                jdbc.update("update notification_outbox set attempts = attempts + 1, next_attempt_at = ? where id = ?",
                        Timestamp.from(now.plus(lease)), id);
            }
            return due.stream().map(id -> find(id).orElseThrow()).toList();
        });
    }

    /** Sent: the recipient is erased, it is needed no more. */
    void sent(long id, Instant now) {
        jdbc.update("update notification_outbox set status = ?, sent_at = ?, recipient = null, last_error = null "
                + "where id = ?", OutboxStatus.SENT.name(), Timestamp.from(now), id);
    }

    void failed(long id, String error, Instant nextAttempt) {
        jdbc.update("update notification_outbox set next_attempt_at = ?, last_error = ? where id = ?",
                Timestamp.from(nextAttempt), shortened(error), id);
    }

    void gaveUp(long id, String error) {
        jdbc.update("update notification_outbox set status = ?, last_error = ? where id = ?",
                OutboxStatus.FAILED.name(), shortened(error), id);
    }

    /** A FAILED row is due again now, with its attempts counted afresh; false if it is not FAILED. */
    boolean retry(long id, Instant now) {
        return jdbc.update("update notification_outbox set status = ?, attempts = 0, next_attempt_at = ? "
                        + "where id = ? and status = ?", OutboxStatus.PENDING.name(), Timestamp.from(now), id,
                OutboxStatus.FAILED.name()) == 1;
    }

    Optional<OutboxEntry> find(long id) {
        return jdbc.query("select " + COLUMNS + " from notification_outbox where id = ?", ENTRY, id).stream()
                .findFirst();
    }

    List<OutboxEntry> list(OutboxStatus status, int limit) {
        return jdbc.query("select " + COLUMNS + " from notification_outbox where status = ? order by id "
                + "fetch first ? rows only", ENTRY, status.name(), limit);
    }

    private static String shortened(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }

    private static OutboxEntry entry(ResultSet row, int n) throws SQLException {
        return new OutboxEntry(row.getLong("id"), row.getString("event_id"), row.getString("channel"),
                NotificationKind.valueOf(row.getString("kind")), row.getString("reservation_id"),
                row.getString("recipient"), OutboxStatus.valueOf(row.getString("status")), row.getInt("attempts"),
                instant(row.getTimestamp("next_attempt_at")), row.getString("last_error"),
                instant(row.getTimestamp("created_at")), instant(row.getTimestamp("sent_at")),
                row.getString("pickup_code"), instant(row.getTimestamp("until_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
