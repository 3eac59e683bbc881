package com.bbangshop.query.page;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The pages' own bread names, kept in a map where the application keeps them in a table. */
public final class InMemoryBreadNames {

    private final Map<String, String> stored = new ConcurrentHashMap<>();

    /** A name as the pages projection would have kept it from the bread's registration. */
    public void remember(String breadId, String breadName) {
        stored.put(breadId, breadName);
    }

    @SuppressWarnings("unchecked")
    public PageBreadNames pageBreadNames() {
        PageBreadNameRepository repository = mock(PageBreadNameRepository.class);
        when(repository.save(any())).thenAnswer(call -> {
            PageBreadName name = call.getArgument(0);
            stored.put(name.breadId(), name.breadName());
            return name;
        });
        when(repository.findAllById(any())).thenAnswer(call -> StreamSupport
                .stream(((Iterable<String>) call.getArgument(0)).spliterator(), false)
                .filter(stored::containsKey).map(breadId -> new PageBreadName(breadId, stored.get(breadId)))
                .toList());
        doAnswer(call -> {
            stored.clear();
            return null;
        }).when(repository).deleteAllInBatch();
        return new PageBreadNames(repository);
    }
}
