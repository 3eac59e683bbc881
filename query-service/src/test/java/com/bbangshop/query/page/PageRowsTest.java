package com.bbangshop.query.page;

import com.bbangshop.api.reservation.ReservationStatus;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' plain-SQL reads and writes against the read model's table, which {@link PageEntry} maps. */
@DataJpaTest
@Import({PageRows.class, PageListing.class})
class PageRowsTest {

    private static final Instant PLACED = Instant.parse("2026-11-21T10:15:30.123456Z");

    @Autowired
    PageRows rows;

    @Autowired
    PageListing listing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPageIsInsertedOnceAndReadBackAsItWasWritten() {
        PageEntry page = new PageEntry("r-1", "bread-1", 2, PLACED);

        assertThat(rows.insertIfAbsent(page)).isTrue();
        assertThat(rows.insertIfAbsent(new PageEntry("r-1", "bread-2", 9, ReservationStatus.SOLD_OUT, PLACED)))
                .as("the same reservation's page again").isFalse();

        assertThat(rows.find("r-1")).get().usingRecursiveComparison().isEqualTo(page);
        assertThat(listing.one("r-1")).get().usingRecursiveComparison().isEqualTo(page);
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
    void inAUnitOfWorkAPageIsReadOnceAndItsChangesAreWrittenOnceJustBeforeItCommits() {
        rows.insertIfAbsent(new PageEntry("r-3", "bread-1", 1, PLACED));
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("a batch of events"));

        PageEntry page = rows.find("r-3").orElseThrow();
        page.moveTo(ReservationStatus.ACCEPTED, PLACED.plusSeconds(1));
        rows.update(page);
        PageEntry again = rows.find("r-3").orElseThrow();
        assertThat(again.status()).as("the batch's own change").isEqualTo(ReservationStatus.ACCEPTED);
        again.moveTo(ReservationStatus.CONFIRMED, PLACED.plusSeconds(2));
        again.assignBaker("Hana");
        rows.update(again);
        assertThat(storedStatusAndBaker("r-3")).as("not written yet").isEqualTo("REQUESTED/null");

        batch.commit();

        assertThat(storedStatusAndBaker("r-3")).isEqualTo("CONFIRMED/Hana");
    }

    @Test
    void aPageInsertedInAUnitOfWorkIsFoundThereWithoutReadingItBack() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("a batch of events"));
        rows.insertIfAbsent(new PageEntry("r-4", "bread-1", 1, PLACED));
        jdbc.update("DELETE FROM pages WHERE reservation_id = 'r-4'"); // only a read from the table would miss it

        assertThat(rows.find("r-4")).get().extracting(PageEntry::status).isEqualTo(ReservationStatus.REQUESTED);
        batch.rollback();
    }

    @Test
    void aUnitOfWorkThatRollsBackWritesNoneOfItsChangesAndForgetsThem() {
        rows.insertIfAbsent(new PageEntry("r-5", "bread-1", 1, PLACED));
        UnitOfWork<?> failed = DefaultUnitOfWork.startAndGet(new GenericMessage<>("a batch that fails"));
        PageEntry page = rows.find("r-5").orElseThrow();
        page.moveTo(ReservationStatus.CONFIRMED, PLACED.plusSeconds(1));
        rows.update(page);

        failed.rollback();

        assertThat(storedStatusAndBaker("r-5")).isEqualTo("REQUESTED/null");
        UnitOfWork<?> retried = DefaultUnitOfWork.startAndGet(new GenericMessage<>("the batch again"));
        assertThat(rows.find("r-5")).get().extracting(PageEntry::status).isEqualTo(ReservationStatus.REQUESTED);
        retried.commit();
    }

    @Test
    void aChangeNotHandedToUpdateIsNotKept() {
        rows.insertIfAbsent(new PageEntry("r-6", "bread-1", 1, PLACED));
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("a batch of events"));

        // a handler that changed the page and then failed before handing it back
        rows.find("r-6").orElseThrow().moveTo(ReservationStatus.CANCELED, PLACED.plusSeconds(1));

        assertThat(rows.find("r-6")).get().extracting(PageEntry::status).isEqualTo(ReservationStatus.REQUESTED);
        batch.commit();
        assertThat(storedStatusAndBaker("r-6")).isEqualTo("REQUESTED/null");
    }

    private String storedStatusAndBaker(String reservationId) {
        return jdbc.queryForObject("SELECT status || '/' || COALESCE(baker, 'null') FROM pages "
                + "WHERE reservation_id = ?", String.class, reservationId);
    }

    @Test
    void anUnknownReservationHasNoPage() {
        assertThat(rows.find("nobody")).isEmpty();
    }
}
