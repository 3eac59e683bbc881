package com.bbangshop.query.kitchen;

import com.bbangshop.api.kitchen.BakerQueues;
import com.bbangshop.api.kitchen.FindBakerQueuesQuery;
import com.bbangshop.api.rules.Limits;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bakers' queues, for staff. Live, the staff page follows {@code /live/pages}: every change of a queued
 * reservation is a ReservationView there, with its baker, status, code and pickup deadline.
 */
@RestController
@RequestMapping("/kitchen")
public class KitchenController {

    private final QueryGateway queryGateway;

    public KitchenController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "Each baker's loaves to bake (CONFIRMED) and waiting at the counter (READY)")
    @GetMapping("/queues")
    public BakerQueues queues(@RequestParam(defaultValue = "50") @Min(1) @Max(Limits.MAX_PAGE_SIZE) int limit) {
        return queryGateway.query(new FindBakerQueuesQuery(limit), BakerQueues.class).join();
    }
}
