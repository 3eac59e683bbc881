package com.bbangshop.query.page;

import com.bbangshop.api.kitchen.BakerQueue;
import com.bbangshop.api.kitchen.BakerQueueEntry;
import com.bbangshop.api.kitchen.BakerQueues;
import com.bbangshop.api.kitchen.FindBakerQueuesQuery;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.rules.Limits;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Each baker's loaves, read from the pages: those to bake in the order they were reserved, those ready in the order
 * their pickup deadlines come. One query keeps at most {@code limit} of each list, however long a sale's queue grows.
 */
@Component
public class BakerQueueListing {

    private static final String QUEUED = "SELECT reservation_id, pickup_code, bread_id, quantity, pickup_by, baker, "
            + "status FROM (SELECT p.*, ROW_NUMBER() OVER (PARTITION BY baker, status "
            + "ORDER BY pickup_by ASC, placed_at ASC, reservation_id ASC) AS place FROM pages p "
            + "WHERE status IN ('CONFIRMED', 'READY') AND baker IS NOT NULL) queued WHERE place <= ? "
            + "ORDER BY baker ASC, place ASC";

    private final JdbcTemplate jdbc;
    private final PageBreadNames breadNames;

    BakerQueueListing(JdbcTemplate jdbc, PageBreadNames breadNames) {
        this.jdbc = jdbc;
        this.breadNames = breadNames;
    }

    private record Queued(String baker, ReservationStatus status, String breadId, BakerQueueEntry entry) {
    }

    @QueryHandler
    public BakerQueues handle(FindBakerQueuesQuery query) {
        int limit = Math.max(1, Math.min(query.limit(), Limits.MAX_PAGE_SIZE));
        List<Queued> queued = jdbc.query(QUEUED, (row, number) -> new Queued(row.getString(6),
                ReservationStatus.valueOf(row.getString(7)), row.getString(3), new BakerQueueEntry(row.getString(1),
                row.getString(2), null, row.getInt(4), PageListing.instant(row.getObject(5, OffsetDateTime.class)))),
                limit);
        Map<String, String> names = breadNames.namesOf(queued.stream().map(Queued::breadId)
                .collect(Collectors.toSet()));
        Map<String, BakerQueue> bakers = new TreeMap<>();
        for (Queued one : queued) {
            BakerQueue queue = bakers.computeIfAbsent(one.baker(),
                    baker -> new BakerQueue(baker, new ArrayList<>(), new ArrayList<>()));
            BakerQueueEntry named = new BakerQueueEntry(one.entry().reservationId(), one.entry().pickupCode(),
                    names.get(one.breadId()), one.entry().quantity(), one.entry().pickupBy());
            (one.status() == ReservationStatus.READY ? queue.ready() : queue.toBake()).add(named);
        }
        return new BakerQueues(List.copyOf(bakers.values()));
    }
}
