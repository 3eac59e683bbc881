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

import java.time.Instant;

/** One row of "my page": a reservation as the customer sees it. */
@Entity
@Table(name = "pages", indexes = {@Index(name = "pages_status_idx", columnList = "status"),
        @Index(name = "pages_placed_idx", columnList = "placedAt")})
public class PageEntry {

    @Id
    @Column(length = 64)
    private String reservationId;
    private String breadId;
    private int quantity;
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private ReservationStatus status;
    private String baker;
    private Instant placedAt;
    private Instant updatedAt;

    protected PageEntry() {
    }

    PageEntry(String reservationId, String breadId, int quantity, Instant placedAt) {
        this.reservationId = reservationId;
        this.breadId = breadId;
        this.quantity = quantity;
        this.status = ReservationStatus.REQUESTED;
        this.placedAt = placedAt;
        this.updatedAt = placedAt;
    }

    void moveTo(ReservationStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }

    void assignBaker(String baker) {
        this.baker = baker;
    }

    String breadId() {
        return breadId;
    }

    /** The bread's name is not kept in the row; see {@link PageBreadNames}. */
    ReservationView toView(String breadName) {
        return new ReservationView(reservationId, breadId, breadName, quantity, status, status.seedName(), baker,
                placedAt, updatedAt);
    }
}
