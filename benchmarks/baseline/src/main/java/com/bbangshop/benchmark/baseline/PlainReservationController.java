package com.bbangshop.benchmark.baseline;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The plain way to a durable "you have one" / "sold out": no events, no saga, no read model. */
@RestController
public class PlainReservationController {

    private final JdbcTemplate jdbc;

    public PlainReservationController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record BreadRequest(String breadName, int quantity) {
    }

    public record ReservationRequest(String breadId) {
    }

    @PostMapping("/breads")
    public ResponseEntity<Map<String, Object>> register(@RequestBody BreadRequest request) {
        String breadId = TimeOrderedIds.next();
        jdbc.update("insert into stock (bread_id, bread_name, edition_size, remaining) values (?, ?, ?, ?)",
                breadId, request.breadName(), request.quantity(), request.quantity());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("breadId", breadId));
    }

    @Transactional
    @PostMapping("/reservations")
    public ResponseEntity<Map<String, Object>> reserve(@RequestBody ReservationRequest request) {
        String reservationId = TimeOrderedIds.next();
        boolean accepted = jdbc.update("update stock set remaining = remaining - 1 where bread_id = ? and remaining >= 1",
                request.breadId()) == 1;
        String status = accepted ? "ACCEPTED" : "SOLD_OUT";
        jdbc.update("insert into reservation (reservation_id, bread_id, status) values (?, ?, ?)",
                reservationId, request.breadId(), status);
        return ResponseEntity.status(accepted ? HttpStatus.CREATED : HttpStatus.CONFLICT)
                .body(Map.of("reservationId", reservationId, "status", status));
    }

    @GetMapping("/breads/{breadId}")
    public Map<String, Object> bread(@PathVariable String breadId) {
        return jdbc.queryForMap("select bread_id as \"breadId\", edition_size as \"editionSize\", "
                + "remaining as \"remaining\" from stock where bread_id = ?", breadId);
    }
}
