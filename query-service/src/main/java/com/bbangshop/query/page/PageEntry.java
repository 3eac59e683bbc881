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
    private String breadName;
    private int quantity;
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private ReservationStatus status;
    private String baker;
    private Instant placedAt;
    private Instant updatedAt;

    protected PageEntry() {
    }

    PageEntry(String reservationId, String breadId, String breadName, int quantity, Instant placedAt) {
        this.reservationId = reservationId;
        this.breadId = breadId;
        this.breadName = breadName;
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

    ReservationView toView() {
        return new ReservationView(reservationId, breadId, breadName, quantity, status, status.seedName(), baker,
                placedAt, updatedAt);
    }
}
