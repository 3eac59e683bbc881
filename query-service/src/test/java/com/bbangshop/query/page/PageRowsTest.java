package com.bbangshop.query.page;

import com.bbangshop.api.reservation.ReservationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' plain-SQL writes against the table Hibernate made from {@link PageEntry}. */
@DataJpaTest
@Import(PageRows.class)
class PageRowsTest {

    private static final Instant PLACED = Instant.parse("2026-11-21T10:15:30.123456Z");

    @Autowired
    PageRows rows;

    @Autowired
    PageRepository pages;

    @Test
    void aPageIsInsertedOnceAndReadBackAsItWasWritten() {
        PageEntry page = new PageEntry("r-1", "bread-1", 2, PLACED);

        assertThat(rows.insertIfAbsent(page)).isTrue();
        assertThat(rows.insertIfAbsent(new PageEntry("r-1", "bread-2", 9, ReservationStatus.SOLD_OUT, PLACED)))
                .as("the same reservation's page again").isFalse();

        assertThat(rows.find("r-1")).get().usingRecursiveComparison().isEqualTo(page);
        assertThat(pages.findById("r-1")).get().usingRecursiveComparison().isEqualTo(page);
    }

    @Test
    void anUpdateWritesStatusBakerAndFlagAndClearsThemAgain() {
        PageEntry page = new PageEntry("r-2", "bread-1", 1, PLACED);
        rows.insertIfAbsent(page);
        Instant later = PLACED.plusSeconds(5);

        page.moveTo(ReservationStatus.CONFIRMED, later);
        page.assignBaker("Minji");
        page.flag("ASSIGN_BAKER", later);
        rows.update(page);
        assertThat(rows.find("r-2")).get().usingRecursiveComparison().isEqualTo(page);

        page.clearFlag();
        rows.update(page);
        PageEntry read = rows.find("r-2").orElseThrow();
        assertThat(read.flagged()).isFalse();
        assertThat(read.flaggedAt()).isNull();
        assertThat(read.baker()).isEqualTo("Minji");
        assertThat(read.status()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void anUnknownReservationHasNoPage() {
        assertThat(rows.find("nobody")).isEmpty();
    }
}
