package com.bbangshop.reservation;

import com.bbangshop.api.reservation.PlaceOfferedReservationCommand;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.OfferedReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.rules.RuleViolation.Kind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.bbangshop.reservation.ReservationTest.BREAD;
import static com.bbangshop.reservation.ReservationTest.ID;
import static com.bbangshop.reservation.ReservationTest.SECRET_HASH;

/** A loaf offered from the waitlist and accepted: the reservation is born holding it, as many times as it is sent. */
class OfferedReservationTest {

    private static final String OFFERED_CODE = "AB77";

    private AggregateTestFixture<Reservation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Reservation.class);
    }

    private static PlaceOfferedReservationCommand offered(String breadId, int quantity, String code) {
        return new PlaceOfferedReservationCommand(ID, breadId, quantity, SECRET_HASH, code, "offer-1");
    }

    private static void expectRefusal(ResultValidator<Reservation> result, Kind kind, String message) {
        result.expectException(BusinessRuleException.class)
              .expectExceptionDetails(new RuleViolation(kind, message))
              .expectNoEvents();
    }

    @Test
    void anOfferedReservationIsBornAcceptedWithTheBakerysPickupCode() {
        fixture.givenNoPriorActivity()
               .when(offered(BREAD, 1, OFFERED_CODE))
               .expectEvents(new ReservationPlacedEvent(ID, BREAD, 1, SECRET_HASH),
                       new ReservationAcceptedEvent(ID, BREAD, 1, OFFERED_CODE),
                       new OfferedReservationPlacedEvent(ID, "offer-1"));
    }

    @Test
    void placingTheSameOfferAgainIsDoneAlreadyAndMakesNoSecondHistory() {
        fixture.given(new ReservationPlacedEvent(ID, BREAD, 1, SECRET_HASH),
                       new ReservationAcceptedEvent(ID, BREAD, 1, OFFERED_CODE))
               .when(offered(BREAD, 1, OFFERED_CODE))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anIdTakenByAnotherReservationIsAConflict() {
        expectRefusal(fixture.given(new ReservationPlacedEvent(ID, BREAD, 1, SECRET_HASH),
                              new ReservationAcceptedEvent(ID, BREAD, 1, "ZZ99"))
                              .when(offered(BREAD, 1, OFFERED_CODE)),
                Kind.CONFLICT, "reservation r1 exists already, for another bread or pickup code");
    }

    @ParameterizedTest(name = "quantity {0}")
    @ValueSource(ints = {0, 11})
    void itIsCheckedLikeAnyReservation(int quantity) {
        expectRefusal(fixture.givenNoPriorActivity().when(offered(BREAD, quantity, OFFERED_CODE)),
                Kind.INVALID, "quantity must be between 1 and 10");
        expectRefusal(fixture.givenNoPriorActivity().when(offered(" ", 1, OFFERED_CODE)),
                Kind.INVALID, "breadId must not be blank");
    }

    @ParameterizedTest(name = "code \"{0}\"")
    @NullAndEmptySource
    void anOfferWithoutTheBakerysCodeIsInvalid(String code) {
        expectRefusal(fixture.givenNoPriorActivity().when(offered(BREAD, 1, code)),
                Kind.INVALID, "an offered reservation needs the pickup code the bakery gave it");
    }

    @Test
    void anOfferWithoutItsIdIsInvalid() {
        expectRefusal(fixture.givenNoPriorActivity().when(new PlaceOfferedReservationCommand(ID, BREAD, 1,
                        SECRET_HASH, OFFERED_CODE, " ")),
                Kind.INVALID, "an offered reservation needs the id of its offer");
    }

    @Test
    void anOfferWithoutTheCustomersCancelSecretHashIsInvalid() {
        expectRefusal(fixture.givenNoPriorActivity().when(new PlaceOfferedReservationCommand(ID, BREAD, 1,
                        null, OFFERED_CODE, "offer-1")),
                Kind.INVALID, "a reservation needs the hash of its cancel secret");
    }
}
