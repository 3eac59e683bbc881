package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.PickupCodes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link BreadNames} in the bakery's table {@code bread_names}, through the connection of the command's transaction.
 * A registration reads the prefixes (at most 529 rows grouped) and the name; it is a staff command, not on the
 * reservations' path.
 */
@Component
class JdbcBreadNames implements BreadNames {

    /** In the order they are first given: AA, AB, ... */
    private static final List<String> ALL_PREFIXES = everyPrefix();

    private final JdbcTemplate jdbc;

    JdbcBreadNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String claim(String breadId, String name, Instant closesAt, Instant now) {
        letGoOfClosedBreads(now);
        String key = NameKeys.of(name);
        refuseIfTaken(key, name, breadId);
        String prefix = freePrefix();
        try {
            jdbc.update("insert into bread_names (bread_id, bread_name, name_key, pickup_prefix, held_prefix, "
                    + "closes_at) values (?, ?, ?, ?, ?, ?)", breadId, name, key, prefix, prefix, timestamp(closesAt));
        } catch (DuplicateKeyException registeredMeanwhile) {
            throw BusinessRuleException.conflict("another bread was registered at the same moment as \"" + name
                    + "\" with the same name or pickup prefix; register it again");
        }
        return prefix;
    }

    /** A bread registered before this lookup existed has no row: it takes the name from now on, without a prefix. */
    @Override
    public void rename(String breadId, String name, Instant now) {
        letGoOfClosedBreads(now);
        String key = NameKeys.of(name);
        refuseIfTaken(key, name, breadId);
        try {
            jdbc.update("update bread_names set bread_name = ?, name_key = ? where bread_id = ?", name, key, breadId);
        } catch (DuplicateKeyException renamedMeanwhile) {
            throw BusinessRuleException.conflict("another bread took the name \"" + name
                    + "\" at the same moment; choose another");
        }
    }

    @Override
    public void release(String breadId, Instant endedAt) {
        jdbc.update("update bread_names set name_key = null, held_prefix = null, closed_at = ? "
                + "where bread_id = ? and held_prefix is not null", timestamp(endedAt), breadId);
    }

    /** Breads whose closing time has passed are no longer open: their names and prefixes are free. */
    private void letGoOfClosedBreads(Instant now) {
        jdbc.update("update bread_names set name_key = null, held_prefix = null, closed_at = closes_at "
                + "where closes_at <= ? and held_prefix is not null", timestamp(now));
    }

    private void refuseIfTaken(String key, String name, String breadId) {
        List<String> holders = jdbc.queryForList("select bread_name from bread_names where name_key = ? "
                + "and bread_id <> ?", String.class, key, breadId);
        if (!holders.isEmpty()) {
            throw BusinessRuleException.conflict("an open bread is already called \"" + holders.get(0)
                    + "\": two open breads may not share a name (case and spaces aside), so \"" + name
                    + "\" is refused");
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private String freePrefix() {
        Map<String, PrefixUse> used = new HashMap<>();
        jdbc.query("select pickup_prefix, count(held_prefix) as held, max(closed_at) as last_closed "
                        + "from bread_names group by pickup_prefix",
                row -> {
                    used.put(row.getString("pickup_prefix"),
                            new PrefixUse(row.getInt("held") > 0, row.getTimestamp("last_closed")));
                });
        String freeLongest = null;
        for (String prefix : allPrefixes()) {
            PrefixUse use = used.get(prefix);
            if (use == null) {
                return prefix;
            }
            if (!use.held() && (freeLongest == null || use.lastClosed().before(used.get(freeLongest).lastClosed()))) {
                freeLongest = prefix;
            }
        }
        if (freeLongest == null) {
            throw BusinessRuleException.conflict("every pickup prefix (" + allPrefixes().size()
                    + ") is held by an open bread: end the sale of a bread before registering another");
        }
        return freeLongest;
    }

    private static List<String> allPrefixes() {
        return ALL_PREFIXES;
    }

    private static List<String> everyPrefix() {
        String letters = PickupCodes.PREFIX_LETTERS;
        List<String> prefixes = new ArrayList<>(letters.length() * letters.length());
        for (char first : letters.toCharArray()) {
            for (char second : letters.toCharArray()) {
                prefixes.add("" + first + second);
            }
        }
        return List.copyOf(prefixes);
    }

    private record PrefixUse(boolean held, Timestamp lastClosed) {
    }
}
