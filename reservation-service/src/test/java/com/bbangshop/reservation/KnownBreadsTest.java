package com.bbangshop.reservation;

import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.FindBreadQuery;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KnownBreadsTest {

    private final QueryGateway queryGateway = mock(QueryGateway.class);
    private final KnownBreads breads = new KnownBreads(queryGateway);

    @Test
    void a_registered_bread_is_asked_of_the_read_side_once() {
        readSideAnswers("melon-pan", Optional.of(new BreadView("melon-pan", "Melon pan", 300, 12, 288, 2, false, null,
                null, 3, 45)));

        breads.find("melon-pan");
        Optional<KnownBreads.Bread> again = breads.find("melon-pan");

        assertThat(again).contains(new KnownBreads.Bread("melon-pan", "Melon pan", 2, 3, 45));
        verify(queryGateway, times(1)).query(eq(new FindBreadQuery("melon-pan")), any(ResponseType.class));
    }

    @Test
    void a_bread_not_found_is_asked_again_each_time_because_it_may_just_have_been_registered() {
        readSideAnswers("soon", Optional.empty());
        assertThat(breads.find("soon")).isEmpty();

        readSideAnswers("soon", Optional.of(new BreadView("soon", "Soon bread", 10, 10, 0, 1, false, null, null, 0, null)));

        assertThat(breads.find("soon")).contains(new KnownBreads.Bread("soon", "Soon bread", 1, 0, null));
        verify(queryGateway, times(2)).query(eq(new FindBreadQuery("soon")), any(ResponseType.class));
    }

    @Test
    void past_a_thousand_breads_one_is_forgotten_and_asked_of_the_read_side_again_when_next_needed() {
        for (int i = 0; i <= 1_000; i++) {
            readSideAnswers("bread-" + i, Optional.of(new BreadView("bread-" + i, "Bread " + i, 10, 10, 0, 1, false,
                    null, null, 0, null)));
            breads.find("bread-" + i);
        }

        for (int i = 0; i <= 1_000; i++) {
            assertThat(breads.find("bread-" + i)).map(KnownBreads.Bread::breadName).contains("Bread " + i);
        }
        verify(queryGateway, atLeast(1_002)).query(any(FindBreadQuery.class), any(ResponseType.class));
    }

    @SuppressWarnings("unchecked")
    private void readSideAnswers(String breadId, Optional<BreadView> answer) {
        when(queryGateway.query(eq(new FindBreadQuery(breadId)), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(answer));
    }
}
