package com.bbangshop.api.assignment;

import java.util.List;

public record AssignmentList(List<AssignmentView> items, int page, int size, long total) {
}
