package com.bbangshop.api.assignment;

public record FindAssignmentsQuery(int page, int size) {
}
