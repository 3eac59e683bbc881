package com.bbangshop.bakery.assignment;

import com.bbangshop.api.assignment.AssignmentList;
import com.bbangshop.api.assignment.FindAssignmentsQuery;
import com.bbangshop.api.rules.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The seed's assignment service answered {@code GET /assignments}; the bakery now owns assignments. */
@RestController
public class AssignmentController {

    private final QueryGateway queryGateway;

    public AssignmentController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/assignments")
    public AssignmentList list(@RequestParam(defaultValue = "0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(Limits.MAX_PAGE_SIZE) int size) {
        return queryGateway.query(new FindAssignmentsQuery(page, size), AssignmentList.class).join();
    }
}
