package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.PickupCodes;

import java.util.HashMap;
import java.util.Map;

/**
 * The lookup of open breads for fixture tests: names compared as {@link JdbcBreadNames} compares them, prefixes given
 * in the same order (AA, AB, ...). Reusing a freed prefix is {@link JdbcBreadNamesTest}'s.
 */
final class InMemoryBreadNames implements BreadNames {

    private final Map<String, String> openNames = new HashMap<>();
    private int given;

    /** An open bread that is there before the test. */
    InMemoryBreadNames with(String breadId, String name) {
        claim(breadId, name);
        return this;
    }

    @Override
    public String claim(String breadId, String name) {
        if (openNames.containsValue(NameKeys.of(name))) {
            throw BusinessRuleException.conflict("an open bread is already called \"" + name + "\"");
        }
        openNames.put(breadId, NameKeys.of(name));
        String letters = PickupCodes.PREFIX_LETTERS;
        int index = given++;
        return "" + letters.charAt(index / letters.length()) + letters.charAt(index % letters.length());
    }
}
