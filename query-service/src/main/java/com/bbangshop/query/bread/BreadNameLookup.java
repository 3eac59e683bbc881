package com.bbangshop.query.bread;

import com.bbangshop.query.page.BreadNames;
import org.springframework.stereotype.Component;

@Component
class BreadNameLookup implements BreadNames {

    private final BreadRepository breads;

    BreadNameLookup(BreadRepository breads) {
        this.breads = breads;
    }

    @Override
    public String nameOf(String breadId) {
        return breads.findById(breadId).map(BreadEntry::breadName).orElse(null);
    }
}
