package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.PickupCodes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The lookup of open breads for fixture tests: names compared as {@link JdbcBreadNames} compares them, prefixes given
 * in the same order (AA, AB, ...). Closing times and reusing a freed prefix are {@link JdbcBreadNamesTest}'s.
 */
final class InMemoryBreadNames implements BreadNames {

    private final Map<String, String> openNames = new HashMap<>();
    private int given;

    /** An open bread that is there before the test. */
    InMemoryBreadNames with(String breadId, String name) {
        claim(breadId, name, null, Instant.EPOCH);
        return this;
    }

    boolean isOpen(String breadId) {
        return openNames.containsKey(breadId);
    }

    String nameOf(String breadId) {
        return openNames.get(breadId);
    }

    @Override
    public String claim(String breadId, String name, Instant closesAt, Instant now) {
        refuseIfTaken(breadId, name);
        openNames.put(breadId, NameKeys.of(name));
        String letters = PickupCodes.PREFIX_LETTERS;
        int index = given++;
        return "" + letters.charAt(index / letters.length()) + letters.charAt(index % letters.length());
    }

    @Override
    public void rename(String breadId, String name, Instant now) {
        refuseIfTaken(breadId, name);
        openNames.put(breadId, NameKeys.of(name));
    }

    @Override
    public void release(String breadId, Instant endedAt) {
        openNames.remove(breadId);
    }

    private void refuseIfTaken(String breadId, String name) {
        openNames.forEach((other, key) -> {
            if (!other.equals(breadId) && key.equals(NameKeys.of(name))) {
                throw BusinessRuleException.conflict("an open bread is already called \"" + name + "\"");
            }
        });
    }
}
