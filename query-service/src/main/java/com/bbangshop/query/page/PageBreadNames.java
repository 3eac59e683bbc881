package com.bbangshop.query.page;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bread names the pages show, kept by the pages projection itself and joined when a view is read, never copied
 * into a page row: the pages processor may run on several segments, and then, while it replays, a reservation can be
 * handled before its bread's registration; reading the name late gives the same view whatever the order.
 */
@Component
public class PageBreadNames {

    static final int KEPT = 10_000;

    private final PageBreadNameRepository names;
    /**
     * A bread's name rarely changes, so once read it is kept; every page change would read it again otherwise. Past
     * the limit the least used are forgotten, in the call that passes it. A rename is kept at once where it is
     * handled; another instance of the read side (its processor split across several) reads it within a minute.
     */
    private final Cache<String, String> known = Caffeine.newBuilder()
            .maximumSize(KEPT)
            .expireAfterWrite(Duration.ofMinutes(1))
            .executor(Runnable::run)
            .build();

    public PageBreadNames(PageBreadNameRepository names) {
        this.names = names;
    }

    void remember(String breadId, String breadName) {
        names.save(new PageBreadName(breadId, breadName));
        known.put(breadId, breadName);
    }

    void forgetAll() {
        names.deleteAllInBatch();
        known.invalidateAll();
    }

    public String nameOf(String breadId) {
        return namesOf(List.of(breadId)).get(breadId);
    }

    public Map<String, String> namesOf(Collection<String> breadIds) {
        Map<String, String> found = new HashMap<>(known.getAllPresent(breadIds));
        List<String> unknown = breadIds.stream().filter(breadId -> !found.containsKey(breadId)).distinct().toList();
        if (!unknown.isEmpty()) {
            Map<String, String> read = new HashMap<>();
            names.findAllById(unknown).forEach(name -> read.put(name.breadId(), name.breadName()));
            known.putAll(read);
            found.putAll(read);
        }
        return found;
    }
}
