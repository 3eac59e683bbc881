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
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @AfterEach
    void close() {
        database.shutdown();
    }

    @Test
    void eachNewBreadGetsTheNextPrefixNeverGiven() {
        assertThat(names.claim("b1", "Salt Bread", null, NOW)).isEqualTo("AA");
        assertThat(names.claim("b2", "Melon Pan", null, NOW)).isEqualTo("AB");
    }

    @Test
    void aNameAnOpenBreadHasIsRefusedWhateverItsCaseAndSpaces() {
        names.claim("b1", "Salt Bread", null, NOW);

        assertThatThrownBy(() -> names.claim("b2", "  SALT   bread", null, NOW))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("an open bread is already called \"Salt Bread\": two open breads may not share a name "
                        + "(case and spaces aside), so \"  SALT   bread\" is refused");
        assertThat(jdbc.queryForObject("select count(*) from bread_names", Integer.class)).isEqualTo(1);
    }

    @Test
    void twoClaimsOfOneNameAtOnceCannotBothBeStored() {
        names.claim("b1", "Salt Bread", null, NOW);
        // as a registration that looked before the first was stored would insert
        assertThatThrownBy(() -> jdbc.update("insert into bread_names (bread_id, bread_name, name_key, "
                + "pickup_prefix, held_prefix) values ('b2', 'salt bread', 'saltbread', 'AB', 'AB')"))
                .hasMessageContaining("BREAD_NAMES_OPEN_NAME_IDX");
    }

    @Test
    void aBreadWhoseSaleEndedFreesItsNameAndPrefixAndItsPrefixIsGivenLast() {
        names.claim("b1", "Salt Bread", null, NOW);
        names.claim("b2", "Melon Pan", null, NOW);

        names.release("b1", NOW);

        assertThat(names.claim("b3", "salt bread", null, NOW)).as("never given before AA comes again").isEqualTo("AC");
    }

    @Test
    void aBreadPastItsClosingTimeIsLetGoByTheNextChange() {
        names.claim("b1", "Salt Bread", NOW.plusSeconds(60), NOW);

        assertThatThrownBy(() -> names.claim("b2", "Salt Bread", null, NOW.plusSeconds(59)))
                .isInstanceOf(BusinessRuleException.class);
        names.claim("b2", "Salt Bread", null, NOW.plusSeconds(60));
        assertThat(jdbc.queryForList("select bread_id from bread_names where name_key is not null", String.class))
                .containsExactly("b2");
    }

    @Test
    void aRenameTakesTheNewNameUnlessAnotherOpenBreadHasIt() {
        names.claim("b1", "Salt Bread", null, NOW);
        names.claim("b2", "Melon Pan", null, NOW);

        names.rename("b1", "Salt Bread Deluxe", NOW);
        names.rename("b1", "salt bread DELUXE", NOW);
        assertThatThrownBy(() -> names.rename("b2", "Salt  Bread Deluxe", NOW))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("an open bread is already called \"salt bread DELUXE\"");
        names.claim("b3", "Salt Bread", null, NOW);
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

        assertThat(names.claim("new-1", "Salt Bread", null, NOW)).isEqualTo("MB");
        assertThat(names.claim("new-2", "Melon Pan", null, NOW)).isEqualTo("KA");
        assertThatThrownBy(() -> names.claim("new-3", "Baguette", null, NOW))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("every pickup prefix (529) is held by an open bread: end the sale of a bread before "
                        + "registering another");
    }
}
