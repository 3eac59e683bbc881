package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.PickupCodes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
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
    public String claim(String breadId, String name) {
        String key = NameKeys.of(name);
        refuseIfTaken(key, name);
        String prefix = freePrefix();
        try {
            jdbc.update("insert into bread_names (bread_id, bread_name, name_key, pickup_prefix, held_prefix) "
                    + "values (?, ?, ?, ?, ?)", breadId, name, key, prefix, prefix);
        } catch (DuplicateKeyException registeredMeanwhile) {
            throw BusinessRuleException.conflict("another bread was registered at the same moment as \"" + name
                    + "\" with the same name or pickup prefix; register it again");
        }
        return prefix;
    }

    private void refuseIfTaken(String key, String name) {
        List<String> holders = jdbc.queryForList("select bread_name from bread_names where name_key = ?",
                String.class, key);
        if (!holders.isEmpty()) {
            throw BusinessRuleException.conflict("an open bread is already called \"" + holders.get(0)
                    + "\": two open breads may not share a name (case and spaces aside), so \"" + name
                    + "\" is refused");
        }
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
