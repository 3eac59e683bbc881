package com.bbangshop.query.bread;

import com.bbangshop.api.stock.BreadView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

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
    private Instant opensAt;
    private Instant closesAt;
    @ColumnDefault("0") // breads registered before limits per customer existed have none
    private int maxPerCustomer;
    /** Null: the shop's default, as for every bread registered before breads had windows of their own. */
    private Integer pickupWindowMinutes;

    protected BreadEntry() {
    }

    BreadEntry(String breadId, String breadName, int editionSize, int maxPerReservation, Instant registeredAt,
               Instant opensAt, Instant closesAt, int maxPerCustomer, Integer pickupWindowMinutes) {
        this.breadId = breadId;
        this.breadName = breadName;
        this.editionSize = editionSize;
        this.remaining = editionSize;
        this.maxPerReservation = maxPerReservation;
        this.registeredAt = registeredAt;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.maxPerCustomer = maxPerCustomer;
        this.pickupWindowMinutes = pickupWindowMinutes;
    }

    void renamed(String breadName) {
        this.breadName = breadName;
    }

    void opensAt(Instant opensAt) {
        this.opensAt = opensAt;
    }

    /** Ended by staff: it closed then, unless its closing time came first. */
    void saleEnded(Instant endedAt) {
        if (closesAt == null || endedAt.isBefore(closesAt)) {
            closesAt = endedAt;
        }
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
                remaining == 0, opensAt, closesAt, maxPerCustomer, pickupWindowMinutes);
    }
}
