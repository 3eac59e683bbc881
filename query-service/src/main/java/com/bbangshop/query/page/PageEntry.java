package com.bbangshop.query.page;

import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.reservation.ReservationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One row of "my page": a reservation as the customer sees it. The JPA mapping declares the table's shape for the
 * schema only; every read and write goes through {@link PageRows} and {@link PageListing}.
 */
@Entity
@Table(name = "pages", indexes = {@Index(name = "pages_status_idx", columnList = "status"),
        @Index(name = "pages_placed_idx", columnList = "placedAt"),
        @Index(name = "pages_flagged_idx", columnList = "flagged"),
        @Index(name = "pages_pickup_code_idx", columnList = "pickupCode")})
public class PageEntry {

    @Id
    @Column(length = 64)
    private String reservationId;
    private String breadId;
    private int quantity;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // H2's native ENUM came back as bare ordinals ("6") after a killed process restarted
    @Column(length = 32)
    private ReservationStatus status;
    private String baker;
    private Instant placedAt;
    private Instant updatedAt;
    @ColumnDefault("false") // rows written before flags existed are unflagged
    private boolean flagged;
    @Column(length = 32)
    private String flaggedStep;
    private Instant flaggedAt;
    @Column(length = 16)
    private String pickupCode;
    private Instant pickupBy;

    protected PageEntry() {
        // for the JPA mapping
    }

    PageEntry(String reservationId, String breadId, int quantity, Instant placedAt) {
        this(reservationId, breadId, quantity, ReservationStatus.REQUESTED, placedAt);
    }

    PageEntry(String reservationId, String breadId, int quantity, ReservationStatus status, Instant placedAt) {
        this.reservationId = reservationId;
        this.breadId = breadId;
        this.quantity = quantity;
        this.status = status;
        this.placedAt = placedAt;
        this.updatedAt = placedAt;
    }

    /** A page as {@link PageListing} reads it. */
    static PageEntry stored(String reservationId, String breadId, int quantity, ReservationStatus status, String baker,
                            Instant placedAt, Instant updatedAt, boolean flagged, String flaggedStep,
                            Instant flaggedAt, String pickupCode, Instant pickupBy) {
        PageEntry page = new PageEntry(reservationId, breadId, quantity, status, placedAt);
        page.baker = baker;
        page.updatedAt = updatedAt;
        page.flagged = flagged;
        page.flaggedStep = flaggedStep;
        page.flaggedAt = flaggedAt;
        page.pickupCode = pickupCode;
        page.pickupBy = pickupBy;
        return page;
    }

    PageEntry copy() {
        return stored(reservationId, breadId, quantity, status, baker, placedAt, updatedAt, flagged, flaggedStep,
                flaggedAt, pickupCode, pickupBy);
    }

    void moveTo(ReservationStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }

    void givePickupCode(String pickupCode) {
        this.pickupCode = pickupCode;
    }

    /** Kept as the table keeps it (to the microsecond), so that a pushed view and one read later agree. */
    void waitForPickupUntil(Instant pickupBy) {
        this.pickupBy = pickupBy == null ? null : pickupBy.truncatedTo(ChronoUnit.MICROS);
    }

    void assignBaker(String baker) {
        this.baker = baker;
    }

    void flag(String step, Instant at) {
        this.flagged = true;
        this.flaggedStep = step;
        this.flaggedAt = at;
    }

    void clearFlag() {
        this.flagged = false;
        this.flaggedStep = null;
        this.flaggedAt = null;
    }

    String reservationId() {
        return reservationId;
    }

    String breadId() {
        return breadId;
    }

    int quantity() {
        return quantity;
    }

    ReservationStatus status() {
        return status;
    }

    String baker() {
        return baker;
    }

    Instant placedAt() {
        return placedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    boolean flagged() {
        return flagged;
    }

    String flaggedStep() {
        return flaggedStep;
    }

    Instant flaggedAt() {
        return flaggedAt;
    }

    String pickupCode() {
        return pickupCode;
    }

    Instant pickupBy() {
        return pickupBy;
    }

    /** The bread's name is not kept in the row; see {@link PageBreadNames}. */
    ReservationView toView(String breadName) {
        return new ReservationView(reservationId, breadId, breadName, quantity, status, status.seedName(), baker,
                placedAt, updatedAt, flagged, flaggedStep, flaggedAt, pickupCode, pickupBy);
    }
}
