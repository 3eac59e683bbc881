package com.bbangshop.query.assignment;

import com.bbangshop.api.assignment.AssignmentView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "assignments")
public class AssignmentEntry {

    @Id
    @Column(length = 64)
    private String reservationId;
    private String breadId;
    private String baker;
    private int quantity;
    private Instant assignedAt;

    protected AssignmentEntry() {
    }

    AssignmentEntry(String reservationId, String breadId, String baker, int quantity, Instant assignedAt) {
        this.reservationId = reservationId;
        this.breadId = breadId;
        this.baker = baker;
        this.quantity = quantity;
        this.assignedAt = assignedAt;
    }

    AssignmentView toView() {
        return new AssignmentView(reservationId, breadId, baker, quantity, assignedAt);
    }
}
