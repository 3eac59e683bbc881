package com.bbangshop.query.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "admin", description = "Staff maintenance of the read model")
@RestController
@RequestMapping("/admin/dead-letters")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "Every projection's parked events",
            description = "Per projection (pages, breads, assignments): the number of parked sequences and letters, "
                    + "and the first letter of each sequence (at most 100) with its cause and retry count.")
    @GetMapping
    public List<DeadLetterGroup> all() {
        return deadLetters.groups().stream().map(deadLetters::list).toList();
    }

    @Operation(summary = "One projection's parked events; 404 for an unknown projection")
    @GetMapping("/{group}")
    public DeadLetterGroup one(@PathVariable String group) {
        return deadLetters.list(group);
    }

    @Operation(summary = "Retry every parked sequence of a projection once",
            description = "Each sequence is handled again in order; one that goes through leaves the queue, one that "
                    + "fails again stays with its retry count raised.")
    @PostMapping("/{group}/retry")
    public RetryOutcome retry(@PathVariable String group) {
        return deadLetters.retryAll(group);
    }
}
