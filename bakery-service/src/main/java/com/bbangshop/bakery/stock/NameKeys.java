package com.bbangshop.bakery.stock;

import java.text.Normalizer;
import java.util.Locale;

/** When two bread names are the same name: whatever their case, spaces and character widths ("Salt Bread", "saltbread"). */
final class NameKeys {

    private NameKeys() {
    }

    static String of(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
