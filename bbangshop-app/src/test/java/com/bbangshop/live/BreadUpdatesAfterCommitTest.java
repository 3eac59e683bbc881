package com.bbangshop.live;

import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.FindBreadQuery;
import com.bbangshop.api.stock.RegisterBreadCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bread's update reaches its watchers only once the read model has committed it: whoever is told of a bread (the
 * staff's "registered", a kiosk) and asks the read side at once finds its row.
 */
@SpringBootTest
@DirtiesContext
class BreadUpdatesAfterCommitTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @Autowired
    QueryGateway queries;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRowIsCommittedWhenTheUpdateArrives() throws Exception {
        String breadId = UUID.randomUUID().toString();
        SubscriptionQueryResult<BreadView, BreadView> watching = queries.subscriptionQuery(
                new FindBreadQuery(breadId), ResponseTypes.instanceOf(BreadView.class),
                ResponseTypes.instanceOf(BreadView.class));
        CompletableFuture<Long> rowsWhenTold = new CompletableFuture<>();
        // read in the thread that delivers the update, from another connection: only committed rows show
        watching.updates().subscribe(update -> rowsWhenTold.complete(jdbc.queryForObject(
                "select count(*) from breads where bread_id = ?", Long.class, breadId)));

        commands.sendAndWait(new RegisterBreadCommand(breadId, "committed cookie", 5, 1));

        assertThat(rowsWhenTold.get(10, TimeUnit.SECONDS)).isEqualTo(1L);
        watching.close();
    }
}
