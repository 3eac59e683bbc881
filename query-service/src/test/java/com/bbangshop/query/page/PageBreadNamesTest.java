package com.bbangshop.query.page;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bread names are read from the pages' own table once, then kept, up to a limit. */
@DataJpaTest
@Import(PageBreadNames.class)
class PageBreadNamesTest {

    @Autowired
    PageBreadNames breadNames;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void nothingKept() {
        breadNames.forgetAll(); // one bean serves every test of the class
    }

    @Test
    void aNameReadOnceIsKeptWithoutReadingTheTableAgain() {
        breadNames.remember("bread-1", "Melon pan");
        breadNames.remember("bread-2", "Salt bread");
        assertThat(breadNames.namesOf(List.of("bread-1", "bread-2", "bread-3")))
                .containsOnlyKeys("bread-1", "bread-2").containsEntry("bread-1", "Melon pan");

        jdbc.update("delete from page_bread_names");

        assertThat(breadNames.nameOf("bread-1")).isEqualTo("Melon pan");
        assertThat(breadNames.nameOf("bread-3")).isNull();
    }

    @Test
    void aNameNotFoundIsLookedForAgainBecauseItsBreadMayJustHaveBeenRegistered() {
        assertThat(breadNames.nameOf("bread-9")).isNull();

        breadNames.remember("bread-9", "Cream bun");

        assertThat(breadNames.nameOf("bread-9")).isEqualTo("Cream bun");
    }

    @Test
    void forgettingAllEmptiesTheTableAndWhatIsKept() {
        breadNames.remember("bread-1", "Melon pan");
        breadNames.nameOf("bread-1");

        breadNames.forgetAll();

        assertThat(breadNames.nameOf("bread-1")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from page_bread_names", Integer.class)).isZero();
    }

    @Test
    void pastTheLimitSomeNamesAreForgottenAndReadAgainWhenNextAsked() {
        List<String> breadIds = IntStream.rangeClosed(0, PageBreadNames.KEPT).mapToObj(i -> "bread-" + i).toList();
        jdbc.batchUpdate("insert into page_bread_names (bread_id, bread_name) values (?, ?)",
                breadIds.stream().map(id -> new Object[]{id, "Name of " + id}).toList());
        assertThat(breadNames.namesOf(breadIds)).hasSize(breadIds.size());

        jdbc.update("delete from page_bread_names");

        assertThat(breadNames.namesOf(breadIds)).hasSizeBetween(1, PageBreadNames.KEPT);
    }
}
