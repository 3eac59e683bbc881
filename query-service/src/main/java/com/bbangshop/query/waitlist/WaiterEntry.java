package com.bbangshop.query.waitlist;

import com.bbangshop.api.waitlist.WaiterStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * The shape of the waiters table, declared for the schema only: {@link WaiterRows} reads and writes it. {@code line}
 * numbers the waiters in the order they joined, across every bread.
 */
@Entity
@Table(name = "waiters")
public class WaiterEntry {

    @Id
    @Column(length = 64)
    private String waiterId;
    private long line;
    @Column(length = 64)
    private String breadId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private WaiterStatus status;
    @Column(length = 64)
    private String offerId;
    private Instant holdUntil;
    @Column(length = 64)
    private String reservationId;
    private Instant joinedAt;
    private Instant updatedAt;

    protected WaiterEntry() {
        // for the JPA mapping
    }
}
