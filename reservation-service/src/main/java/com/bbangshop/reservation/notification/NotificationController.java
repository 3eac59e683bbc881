package com.bbangshop.reservation.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.List;

/** Staff (the whole /admin path is theirs) see the notifications by status and send a failed one again. */
@Tag(name = "admin", description = "Staff maintenance")
@RestController
@RequestMapping("/admin/notifications")
public class NotificationController {

    private final Outbox outbox;
    private final Clock clock;

    public NotificationController(Outbox outbox, Clock notificationClock) {
        this.outbox = outbox;
        this.clock = notificationClock;
    }

    @Operation(summary = "Notifications by status (FAILED: out of attempts), oldest first",
            description = "Recipients are shown masked; a sent notification's recipient is erased.")
    @GetMapping
    public List<NotificationView> list(@RequestParam(defaultValue = "FAILED") OutboxStatus status,
                                       @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return outbox.list(status, limit).stream().map(NotificationView::of).toList();
    }

    @Operation(summary = "Send a FAILED notification again, with its attempts counted afresh",
            description = "404 for an unknown id, 409 for a notification that is not FAILED.")
    @PostMapping("/{id}/retry")
    public NotificationView retry(@PathVariable long id) {
        OutboxEntry entry = outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no notification with id " + id));
        if (!outbox.retry(id, clock.instant())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "notification " + id + " is " + entry.status()
                    + "; only a FAILED notification can be retried");
        }
        return NotificationView.of(outbox.find(id).orElseThrow());
    }
}
