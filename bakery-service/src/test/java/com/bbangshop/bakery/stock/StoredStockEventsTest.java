package com.bbangshop.bakery.stock;

import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are stored forever: the bread's events as they were stored before pickup codes, sale times and limits per
 * customer existed still load, with the shop's JSON settings (which refuse a missing primitive).
 */
class StoredStockEventsTest {

    private static final ObjectMapper SHOP = Jackson2ObjectMapperBuilder.json()
            .featuresToEnable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void aRegistrationStoredBeforeTheNewFieldsLoadsAsOnSaleAtOnceWithoutCodesOrLimit() throws Exception {
        BreadRegisteredEvent event = SHOP.readValue("{\"breadId\":\"b1\",\"name\":\"upgrade rye\",\"quantity\":10,"
                + "\"maxPerReservation\":5}", BreadRegisteredEvent.class);

        assertThat(event).isEqualTo(new BreadRegisteredEvent("b1", "upgrade rye", 10, 5, null, null, null, 0));
    }

    @Test
    void aReservationStoredBeforeTheNewFieldsLoadsWithoutCodeOrCustomer() throws Exception {
        StockReservedEvent event = SHOP.readValue("{\"breadId\":\"b1\",\"reservationId\":\"r1\",\"quantity\":1,"
                + "\"remaining\":9}", StockReservedEvent.class);

        assertThat(event).isEqualTo(new StockReservedEvent("b1", "r1", 1, 9, null, null));
    }

    @Test
    void theNewFieldsSurviveTheirWayThroughJson() throws Exception {
        BreadRegisteredEvent event = new BreadRegisteredEvent("b1", "rye", 10, 5, "KA",
                java.time.Instant.parse("2026-12-07T10:00:00Z"), null, 2);

        assertThat(SHOP.readValue(SHOP.writeValueAsString(event), BreadRegisteredEvent.class)).isEqualTo(event);
    }
}
