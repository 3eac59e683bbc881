package com.bbangshop.query.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The shape of the assignments table, declared for the schema only: {@link AssignmentRows} reads and writes it, as
 * {@link com.bbangshop.api.assignment.AssignmentView}s.
 */
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
        // for the JPA mapping
    }
}
