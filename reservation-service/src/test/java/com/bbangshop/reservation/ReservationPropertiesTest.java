package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.CompleteCancellationCommand;
import com.bbangshop.api.reservation.ConfirmReservationCommand;
import com.bbangshop.api.reservation.ExpireReservationCommand;
import com.bbangshop.api.reservation.MarkReservationReadyCommand;
import com.bbangshop.api.reservation.PickUpReservationCommand;
import com.bbangshop.api.reservation.PickupDeadlineNearEvent;
import com.bbangshop.api.reservation.RejectSoldOutReservationCommand;
import com.bbangshop.api.reservation.RequestCancellationCommand;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationConfirmedEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.reservation.WarnPickupDeadlineCommand;
import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.RuleViolation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.AxonAssertionError;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.bbangshop.api.reservation.ReservationStatus.ACCEPTED;
import static com.bbangshop.api.reservation.ReservationStatus.CANCELED;
import static com.bbangshop.api.reservation.ReservationStatus.CANCELLATION_REQUESTED;
import static com.bbangshop.api.reservation.ReservationStatus.CONFIRMED;
import static com.bbangshop.api.reservation.ReservationStatus.NO_SHOW;
import static com.bbangshop.api.reservation.ReservationStatus.PICKED_UP;
import static com.bbangshop.api.reservation.ReservationStatus.READY;
import static com.bbangshop.api.reservation.ReservationStatus.REQUESTED;
import static com.bbangshop.api.reservation.ReservationStatus.SOLD_OUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reservation under random sequences of every command its saga, its customer (right or wrong secret) and staff
 * send, in any order and any number of times: its status only ever moves along the state table.
 */
class ReservationPropertiesTest {

    private static final String ID = "r1";
    private static final String SECRET_HASH = CancelSecrets.hash("the-customers-secret");
    private static final String OTHER_HASH = CancelSecrets.hash("someone-elses-secret");

    /** The state table of docs/architecture.md: where each status may go next. */
    private static final Map<ReservationStatus, Set<ReservationStatus>> NEXT = Map.of(
            REQUESTED, EnumSet.of(ACCEPTED, SOLD_OUT, CANCELLATION_REQUESTED),
            ACCEPTED, EnumSet.of(CONFIRMED, CANCELLATION_REQUESTED),
            CONFIRMED, EnumSet.of(READY, PICKED_UP, CANCELLATION_REQUESTED),
            READY, EnumSet.of(PICKED_UP, CANCELLATION_REQUESTED, NO_SHOW),
            NO_SHOW, EnumSet.noneOf(ReservationStatus.class),
            CANCELLATION_REQUESTED, EnumSet.of(CANCELED),
            SOLD_OUT, EnumSet.noneOf(ReservationStatus.class),
            CANCELED, EnumSet.noneOf(ReservationStatus.class),
            PICKED_UP, EnumSet.noneOf(ReservationStatus.class));

    @Property(tries = 500)
    void theStatusMovesOnlyAlongTheStateTableAndAWrongSecretNeverCancels(
            @ForAll("reservationCommands") List<Object> commands) {
        AggregateTestFixture<Reservation> fixture = new AggregateTestFixture<>(Reservation.class);
        List<Object> history = new ArrayList<>(List.of(new ReservationPlacedEvent(ID, "bread-1", 2, SECRET_HASH)));
        ReservationStatus status = REQUESTED;

        for (Object command : commands) {
            ResultValidator<Reservation> result = fixture.given(history).when(command);
            Optional<Throwable> refusal = refusal(result);
            List<Object> emitted = new ArrayList<>();
            result.expectEventsMatching(capturingInto(emitted));
            if (refusal.isPresent()) {
                assertThat(refusal.get()).as(command + " in " + status).isInstanceOf(BusinessRuleException.class);
                assertThat(emitted).as("a refused command changes nothing").isEmpty();
            }
            if (isWrongSecret(command)) {
                assertThat(refusal).as("a wrong secret in " + status).hasValueSatisfying(refused ->
                        assertThat(((BusinessRuleException) refused).getDetails())
                                .hasValueSatisfying(details -> assertThat(((RuleViolation) details).kind())
                                        .isEqualTo(RuleViolation.Kind.FORBIDDEN)));
            }
            assertThat(emitted).as("events of " + command).hasSizeLessThanOrEqualTo(1);
            for (Object event : emitted) {
                ReservationStatus next = statusAfter(event, status);
                assertThat(next == status || NEXT.get(status).contains(next))
                        .as(status + " → " + next + " by " + command).isTrue();
                status = next;
            }
            history.addAll(emitted);
        }
    }

    @Provide
    Arbitrary<List<Object>> reservationCommands() {
        return Arbitraries.<Object>of(
                new AcceptReservationCommand(ID, "AA23"),
                new RejectSoldOutReservationCommand(ID),
                new ConfirmReservationCommand(ID, "Minji"),
                new RequestCancellationCommand(ID, SECRET_HASH, false),
                new RequestCancellationCommand(ID, OTHER_HASH, false),
                new RequestCancellationCommand(ID, null, false),
                new RequestCancellationCommand(ID, null, true),
                new CompleteCancellationCommand(ID),
                new PickUpReservationCommand(ID),
                new MarkReservationReadyCommand(ID, Instant.parse("2026-12-07T12:00:00Z")),
                new WarnPickupDeadlineCommand(ID),
                new ExpireReservationCommand(ID)).list().ofMinSize(1).ofMaxSize(25);
    }

    private static boolean isWrongSecret(Object command) {
        return command instanceof RequestCancellationCommand cancel && !cancel.byStaff()
                && !SECRET_HASH.equals(cancel.cancelSecretHash());
    }

    private static ReservationStatus statusAfter(Object event, ReservationStatus current) {
        if (event instanceof ReservationCancellationRequestedEvent requested) {
            assertThat(requested.previousStatus()).as("the status it undoes").isEqualTo(current);
            return CANCELLATION_REQUESTED;
        }
        if (event instanceof ReservationAcceptedEvent) {
            return ACCEPTED;
        }
        if (event instanceof ReservationSoldOutEvent) {
            return SOLD_OUT;
        }
        if (event instanceof ReservationConfirmedEvent) {
            return CONFIRMED;
        }
        if (event instanceof ReservationCanceledEvent) {
            return CANCELED;
        }
        if (event instanceof ReservationPickedUpEvent) {
            return PICKED_UP;
        }
        if (event instanceof ReservationReadyEvent) {
            return READY;
        }
        if (event instanceof ReservationExpiredEvent) {
            return NO_SHOW;
        }
        if (event instanceof PickupDeadlineNearEvent) {
            assertThat(current).as("only a ready reservation is warned").isEqualTo(READY);
            return current;
        }
        throw new AssertionError("unexpected event " + event);
    }

    /** The exception the command was refused with, if it was. */
    private static Optional<Throwable> refusal(ResultValidator<Reservation> result) {
        List<Throwable> thrown = new ArrayList<>();
        try {
            result.expectException(new CustomTypeSafeMatcher<Throwable>("any exception (captured)") {
                @Override
                protected boolean matchesSafely(Throwable exception) {
                    thrown.add(exception);
                    return true;
                }
            });
        } catch (AxonAssertionError handledWithoutException) {
            return Optional.empty();
        }
        return thrown.stream().findFirst();
    }

    private static CustomTypeSafeMatcher<List<EventMessage<?>>> capturingInto(List<Object> payloads) {
        return new CustomTypeSafeMatcher<>("any events (captured)") {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                events.forEach(event -> payloads.add(event.getPayload()));
                return true;
            }
        };
    }
}
