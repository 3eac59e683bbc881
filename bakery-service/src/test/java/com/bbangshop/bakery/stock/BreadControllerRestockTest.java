package com.bbangshop.bakery.stock;

import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.FindBreadQuery;
import com.bbangshop.api.stock.RestockBreadCommand;
import com.bbangshop.api.stock.RestockedCounts;
import com.bbangshop.support.readmodel.ReadSideProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Restock answers with the counts the stock decided, on the bread's view as the read side has it: it does not wait
 * for the read side to show the loaves added, so a read side that is behind neither slows it nor shows in it.
 */
class BreadControllerRestockTest {

    private static final Instant OPENS = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    @SuppressWarnings("unchecked")
    void answersTheStocksNewCountsOnTheCurrentViewWithoutWaitingForTheReadSide() {
        CommandGateway commands = mock(CommandGateway.class);
        QueryGateway queries = mock(QueryGateway.class);
        when(commands.sendAndWait(new RestockBreadCommand("rye", 5))).thenReturn(new RestockedCounts(15, 12));
        BreadView behind = new BreadView("rye", "dark rye", 10, 7, 3, 4, false, OPENS, null, 2, null);
        when(queries.query(eq(new FindBreadQuery("rye")), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(behind)));
        BreadController controller = new BreadController(commands, queries,
                new ReadSideProperties(Duration.ofSeconds(30)));

        long started = System.nanoTime();
        ResponseEntity<Object> answer = controller.restock("rye", new RestockRequest(5));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo(new BreadView("rye", "dark rye", 15, 12, 3, 4, false, OPENS, null, 2, null));
        verify(queries, never()).subscriptionQuery(any(), any(ResponseType.class), any(ResponseType.class));
    }
}
