package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lookup of open breads on the table its migration makes. */
class JdbcBreadNamesTest {

    private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true).addScript("db/bread-names/h2/V1__bread_names.sql").build();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);
    private final JdbcBreadNames names = new JdbcBreadNames(jdbc);

    @AfterEach
    void close() {
        database.shutdown();
    }

    @Test
    void eachNewBreadGetsTheNextPrefixNeverGiven() {
        assertThat(names.claim("b1", "Salt Bread")).isEqualTo("AA");
        assertThat(names.claim("b2", "Melon Pan")).isEqualTo("AB");
    }

    @Test
    void aNameAnOpenBreadHasIsRefusedWhateverItsCaseAndSpaces() {
        names.claim("b1", "Salt Bread");

        assertThatThrownBy(() -> names.claim("b2", "  SALT   bread"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("an open bread is already called \"Salt Bread\": two open breads may not share a name "
                        + "(case and spaces aside), so \"  SALT   bread\" is refused");
        assertThat(jdbc.queryForObject("select count(*) from bread_names", Integer.class)).isEqualTo(1);
    }

    @Test
    void twoClaimsOfOneNameAtOnceCannotBothBeStored() {
        names.claim("b1", "Salt Bread");
        // as a registration that looked before the first was stored would insert
        assertThatThrownBy(() -> jdbc.update("insert into bread_names (bread_id, bread_name, name_key, "
                + "pickup_prefix, held_prefix) values ('b2', 'salt bread', 'saltbread', 'AB', 'AB')"))
                .hasMessageContaining("BREAD_NAMES_OPEN_NAME_IDX");
    }

    @Test
    void onceEveryPrefixWasGivenTheOneFreeTheLongestIsGivenAgain() {
        String sql = "insert into bread_names (bread_id, bread_name, name_key, pickup_prefix, held_prefix, closed_at) "
                + "values (?, ?, ?, ?, ?, ?)";
        int i = 0;
        for (char first : "ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray()) {
            for (char second : "ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray()) {
                String prefix = "" + first + second;
                boolean closed = prefix.equals("KA") || prefix.equals("MB");
                Timestamp closedAt = prefix.equals("MB") ? Timestamp.from(Instant.parse("2026-12-01T09:00:00Z"))
                        : prefix.equals("KA") ? Timestamp.from(Instant.parse("2026-12-02T09:00:00Z")) : null;
                jdbc.update(sql, "b" + i, "bread " + i, closed ? null : "bread" + i, prefix, closed ? null : prefix,
                        closedAt);
                i++;
            }
        }

        assertThat(names.claim("new-1", "Salt Bread")).isEqualTo("MB");
        assertThat(names.claim("new-2", "Melon Pan")).isEqualTo("KA");
        assertThatThrownBy(() -> names.claim("new-3", "Baguette"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("every pickup prefix (529) is held by an open bread: end the sale of a bread before "
                        + "registering another");
    }
}
