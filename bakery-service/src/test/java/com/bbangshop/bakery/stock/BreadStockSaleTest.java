package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.rules.RuleViolation.Kind;
import com.bbangshop.api.stock.BreadOpeningChangedEvent;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadRenamedEvent;
import com.bbangshop.api.stock.BreadSaleEndedEvent;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.EndSaleCommand;
import com.bbangshop.api.stock.OpenBreadNowCommand;
import com.bbangshop.api.stock.PostponeOpeningCommand;
import com.bbangshop.api.stock.RegisterBreadCommand;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.RenameBreadCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockOutcome;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When a bread is on sale, decided by BreadStock on Axon's event clock, and the staff commands that change it. */
class BreadStockSaleTest {

    private static final String BREAD = "bread-1";
    private static final Instant OPENS = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-12-07T12:00:00Z");

    private final InMemoryBreadNames names = new InMemoryBreadNames();
    private AggregateTestFixture<BreadStock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BreadStock.class);
        fixture.registerInjectableResource(names);
        fixture.registerInjectableResource(new WaitlistProperties(Duration.ofMinutes(10)));
    }

    private static BreadRegisteredEvent registered() {
        return new BreadRegisteredEvent(BREAD, "Salt Bread", 10, 5, "KA", OPENS, CLOSES);
    }

    private TestExecutor<BreadStock> at(Instant now, Object... history) {
        return fixture.given(Arrays.asList(history)).andGivenCurrentTime(now);
    }

    private static void expectRefusal(ResultValidator<BreadStock> result, Kind kind, String message,
                                      Map<String, String> properties) {
        result.expectException(BusinessRuleException.class)
              .expectExceptionMessage(message)
              .expectExceptionDetails(new RuleViolation(kind, message, properties))
              .expectNoEvents();
    }

    private static void expectRefusal(ResultValidator<BreadStock> result, Kind kind, String message) {
        expectRefusal(result, kind, message, Map.of());
    }

    @Nested
    class Registering {

        @Test
        void aBreadMayOpenAndCloseAtSetTimes() {
            fixture.givenCurrentTime(OPENS.minusSeconds(3600))
                   .when(new RegisterBreadCommand(BREAD, "Salt Bread", 10, 5, OPENS, CLOSES))
                   .expectEvents(new BreadRegisteredEvent(BREAD, "Salt Bread", 10, 5, "AA", OPENS, CLOSES));
        }

        @Test
        void closingBeforeItOpensIsInvalid() {
            expectRefusal(fixture.givenCurrentTime(OPENS.minusSeconds(3600))
                                 .when(new RegisterBreadCommand(BREAD, "Salt Bread", 10, 5, OPENS, OPENS)),
                    Kind.INVALID, "closesAt must be after opensAt (" + OPENS + ")");
            assertThat(names.isOpen(BREAD)).isFalse();
        }

        @Test
        void closingInThePastIsInvalid() {
            expectRefusal(fixture.givenCurrentTime(CLOSES.plusSeconds(1))
                                 .when(new RegisterBreadCommand(BREAD, "Salt Bread", 10, 5, null, CLOSES)),
                    Kind.INVALID, "closesAt must be after now (" + CLOSES.plusSeconds(1) + ")");
        }
    }

    @Nested
    class Reserving {

        @Test
        void beforeItOpensTheWholeCommandIsRefusedSayingWhenItOpens() {
            Instant now = OPENS.minusMillis(1);
            expectRefusal(at(now, registered()).when(new ReserveStockCommand(BREAD, "r1", 1)),
                    Kind.CONFLICT, "Salt Bread is not on sale yet: it opens at " + OPENS,
                    Map.of("opensAt", OPENS.toString(), "serverTime", now.toString()));
            expectRefusal(at(now, registered()).when(new CheckStockCommand(BREAD, "r1", 1)),
                    Kind.CONFLICT, "Salt Bread is not on sale yet: it opens at " + OPENS,
                    Map.of("opensAt", OPENS.toString(), "serverTime", now.toString()));
        }

        @Test
        void fromTheOpeningInstantItIsOnSale() {
            at(OPENS, registered()).when(new ReserveStockCommand(BREAD, "r1", 1))
                                   .expectEvents(new StockReservedEvent(BREAD, "r1", 1, 9, "KA23"));
        }

        @Test
        void fromTheClosingInstantItIsRefusedSayingItClosed() {
            expectRefusal(at(CLOSES, registered()).when(new ReserveStockCommand(BREAD, "r1", 1)),
                    Kind.CONFLICT, "Salt Bread is closed: its sale ended at " + CLOSES,
                    Map.of("closedAt", CLOSES.toString(), "serverTime", CLOSES.toString()));
        }

        @Test
        void aReservationDecidedWhileOnSaleIsAnsweredAgainAfterItClosedAndGivesItsLoavesBack() {
            StockReservedEvent reserved = new StockReservedEvent(BREAD, "r1", 1, 9, "KA23");
            at(CLOSES.plusSeconds(5), registered(), reserved).when(new ReserveStockCommand(BREAD, "r1", 1))
                    .expectNoEvents()
                    .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.RESERVED), List.of("KA23")));
            at(CLOSES.plusSeconds(5), registered(), reserved).when(new ReleaseStockCommand(BREAD, "r1"))
                    .expectEvents(new StockReleasedEvent(BREAD, "r1", 1, 10));
        }

        @Test
        void aBreadRegisteredBeforeSaleTimesExistedIsOnSaleUntilStaffEndIt() {
            at(Instant.EPOCH, new BreadRegisteredEvent(BREAD, "Salt Bread", 10, 5, "KA"))
                    .when(new ReserveStockCommand(BREAD, "r1", 1))
                    .expectEvents(new StockReservedEvent(BREAD, "r1", 1, 9, "KA23"));
        }
    }

    @Nested
    class StaffRunTheSale {

        @Test
        void openingNowBeforeTheOpeningTimeOpensItThen() {
            Instant now = OPENS.minusSeconds(600);
            at(now, registered()).when(new OpenBreadNowCommand(BREAD))
                                 .expectEvents(new BreadOpeningChangedEvent(BREAD, now));
            at(now, registered(), new BreadOpeningChangedEvent(BREAD, now))
                    .when(new ReserveStockCommand(BREAD, "r1", 1))
                    .expectEvents(new StockReservedEvent(BREAD, "r1", 1, 9, "KA23"));
        }

        @Test
        void openingAnOpenBreadNowChangesNothing() {
            at(OPENS.plusSeconds(1), registered()).when(new OpenBreadNowCommand(BREAD)).expectNoEvents();
        }

        @Test
        void postponingMovesTheOpeningAndReservationsWaitForIt() {
            Instant later = OPENS.plusSeconds(1800);
            at(OPENS.minusSeconds(60), registered()).when(new PostponeOpeningCommand(BREAD, later))
                    .expectEvents(new BreadOpeningChangedEvent(BREAD, later));
            expectRefusal(at(OPENS, registered(), new BreadOpeningChangedEvent(BREAD, later))
                            .when(new ReserveStockCommand(BREAD, "r1", 1)),
                    Kind.CONFLICT, "Salt Bread is not on sale yet: it opens at " + later,
                    Map.of("opensAt", later.toString(), "serverTime", OPENS.toString()));
        }

        @Test
        void postponingToThePastOrPastTheClosingIsInvalid() {
            expectRefusal(at(OPENS, registered()).when(new PostponeOpeningCommand(BREAD, OPENS)),
                    Kind.INVALID, "opensAt must be in the future (it is " + OPENS + " now)");
            expectRefusal(at(OPENS, registered()).when(new PostponeOpeningCommand(BREAD, CLOSES)),
                    Kind.INVALID, "opensAt must be before the bread closes at " + CLOSES);
            expectRefusal(at(OPENS, registered()).when(new PostponeOpeningCommand(BREAD, null)),
                    Kind.INVALID, "opensAt is required");
        }

        @Test
        void endingTheSaleClosesItAtOnceFreesItsNameAndEndingItAgainChangesNothing() {
            Instant now = OPENS.plusSeconds(60);
            names.with(BREAD, "Salt Bread");
            at(now, registered()).when(new EndSaleCommand(BREAD))
                                 .expectEvents(new BreadSaleEndedEvent(BREAD, now));
            assertThat(names.isOpen(BREAD)).isFalse();

            BreadSaleEndedEvent ended = new BreadSaleEndedEvent(BREAD, now);
            at(now.plusSeconds(1), registered(), ended).when(new EndSaleCommand(BREAD)).expectNoEvents();
            expectRefusal(at(now.plusSeconds(1), registered(), ended).when(new ReserveStockCommand(BREAD, "r1", 1)),
                    Kind.CONFLICT, "Salt Bread is closed: its sale ended at " + now,
                    Map.of("closedAt", now.toString(), "serverTime", now.plusSeconds(1).toString()));
        }

        @Test
        void aClosedBreadCannotBeOpenedPostponedOrRenamed() {
            String closed = "Salt Bread is closed (its sale ended at " + CLOSES + ") and cannot be ";
            expectRefusal(at(CLOSES, registered()).when(new OpenBreadNowCommand(BREAD)), Kind.CONFLICT,
                    closed + "opened");
            expectRefusal(at(CLOSES, registered()).when(new PostponeOpeningCommand(BREAD, CLOSES.plusSeconds(60))),
                    Kind.CONFLICT, closed + "postponed");
            expectRefusal(at(CLOSES, registered()).when(new RenameBreadCommand(BREAD, "Rye")), Kind.CONFLICT,
                    closed + "renamed");
        }

        @Test
        void renamingTakesTheNewNameInTheLookupOfOpenBreads() {
            names.with(BREAD, "Salt Bread");
            at(OPENS, registered()).when(new RenameBreadCommand(BREAD, "  Salt Bread Deluxe "))
                                   .expectEvents(new BreadRenamedEvent(BREAD, "Salt Bread Deluxe"));
            assertThat(names.nameOf(BREAD)).isEqualTo("saltbreaddeluxe");
        }

        @Test
        void renamingToTheNameItHasChangesNothing() {
            at(OPENS, registered()).when(new RenameBreadCommand(BREAD, "Salt Bread")).expectNoEvents();
        }

        @Test
        void aNameAnotherOpenBreadHasIsRefused() {
            names.with("bread-0", "Rye").with(BREAD, "Salt Bread");
            expectRefusal(at(OPENS, registered()).when(new RenameBreadCommand(BREAD, "RYE")), Kind.CONFLICT,
                    "an open bread is already called \"RYE\"");
            assertThat(names.nameOf(BREAD)).isEqualTo("saltbread");
        }

        @ParameterizedTest(name = "name \"{0}\"")
        @ValueSource(strings = {"", "   "})
        void aBlankNameIsInvalid(String name) {
            expectRefusal(at(OPENS, registered()).when(new RenameBreadCommand(BREAD, name)), Kind.INVALID,
                    "breadName must not be blank");
        }
    }
}
