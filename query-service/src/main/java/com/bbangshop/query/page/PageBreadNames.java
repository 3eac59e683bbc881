package com.bbangshop.query.page;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bread names the pages show, kept by the pages projection itself and joined when a view is read, never copied
 * into a page row: the pages processor may run on several segments, and then, while it replays, a reservation can be
 * handled before its bread's registration; reading the name late gives the same view whatever the order.
 */
@Component
public class PageBreadNames {

    private final PageBreadNameRepository names;
    /** A bread's name never changes, so once read it is kept; every page change would read it again otherwise. */
    private final Map<String, String> known = new ConcurrentHashMap<>();

    public PageBreadNames(PageBreadNameRepository names) {
        this.names = names;
    }

    void remember(String breadId, String breadName) {
        names.save(new PageBreadName(breadId, breadName));
    }

    void forgetAll() {
        names.deleteAllInBatch();
        known.clear();
    }

    String nameOf(String breadId) {
        return namesOf(List.of(breadId)).get(breadId);
    }

    Map<String, String> namesOf(Collection<String> breadIds) {
        Map<String, String> found = new HashMap<>();
        breadIds.stream().filter(known::containsKey).forEach(breadId -> found.put(breadId, known.get(breadId)));
        List<String> unknown = breadIds.stream().filter(breadId -> !found.containsKey(breadId)).toList();
        if (!unknown.isEmpty()) {
            names.findAllById(unknown).forEach(name -> found.put(name.breadId(), name.breadName()));
        }
        found.forEach((breadId, name) -> {
            if (name != null) {
                known.put(breadId, name);
            }
        });
        return found;
    }
}
