package com.bbangshop.query.bread;

import com.bbangshop.api.stock.BreadView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "breads")
public class BreadEntry {

    @Id
    @Column(length = 64)
    private String breadId;
    @Column(nullable = false)
    private String breadName;
    private int editionSize;
    private int remaining;
    private int maxPerReservation;
    private Instant registeredAt;

    protected BreadEntry() {
    }

    BreadEntry(String breadId, String breadName, int editionSize, int maxPerReservation, Instant registeredAt) {
        this.breadId = breadId;
        this.breadName = breadName;
        this.editionSize = editionSize;
        this.remaining = editionSize;
        this.maxPerReservation = maxPerReservation;
        this.registeredAt = registeredAt;
    }

    void restocked(int editionSize, int remaining) {
        this.editionSize = editionSize;
        this.remaining = remaining;
    }

    void remaining(int remaining) {
        this.remaining = remaining;
    }

    String breadName() {
        return breadName;
    }

    BreadView toView() {
        return new BreadView(breadId, breadName, editionSize, remaining, editionSize - remaining, maxPerReservation,
                remaining == 0);
    }
}
