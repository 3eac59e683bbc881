package com.bbangshop.api.assignment;

/**
 * Subscribe to the bakers' current assignments: the initial result is an {@link AssignmentList} of the first
 * {@code limit} assignments (oldest first), each update is an {@link AssignmentChange}.
 */
public record WatchAssignmentsQuery(int limit) {
}
