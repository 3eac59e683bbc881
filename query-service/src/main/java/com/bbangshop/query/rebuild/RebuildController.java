package com.bbangshop.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@Tag(name = "admin", description = "Staff maintenance of the read model")
@RestController
@RequestMapping("/admin/rebuild")
public class RebuildController {

    private final ReadModelRebuild rebuild;

    public RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "Rebuild the read model from the event store",
            description = "Answers 202 at once; the pages, breads and assignments views answer 503 \"the read model "
                    + "is rebuilding\" and live streams end with a 'rebuilding' event until GET /admin/rebuild says "
                    + "READY. 409 if a rebuild is already running.")
    @PostMapping
    public ResponseEntity<RebuildStatus> start() {
        return ResponseEntity.accepted().location(URI.create("/admin/rebuild")).body(rebuild.start());
    }

    @Operation(summary = "Whether the read model is READY or REBUILDING, and each projection's progress")
    @GetMapping
    public RebuildStatus status() {
        return rebuild.status();
    }
}
