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
        // for Hibernate, which reads the rows AssignmentRows writes
    }

    AssignmentView toView() {
        return new AssignmentView(reservationId, breadId, baker, quantity, assignedAt);
    }
}
