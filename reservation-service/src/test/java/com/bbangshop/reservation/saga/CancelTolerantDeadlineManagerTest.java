package com.bbangshop.reservation.saga;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.SagaScopeDescriptor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CancelTolerantDeadlineManagerTest {

    private static final Duration LATER = Duration.ofSeconds(30);
    private static final SagaScopeDescriptor SAGA = new SagaScopeDescriptor("ReservationSaga", "saga-1");

    private final Scheduler scheduler = mock(Scheduler.class);
    private final CancelTolerantDeadlineManager deadlines = new CancelTolerantDeadlineManager(
            DbSchedulerDeadlineManager.builder()
                    .scopeAwareProvider(new NoScopes())
                    .serializer(JacksonSerializer.defaultSerializer())
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .startScheduler(false)
                    .stopScheduler(false), scheduler);

    @Test
    void a_deadline_scheduled_and_cancelled_in_one_unit_of_work_never_reaches_the_database() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("batch"));
        String id = deadlines.schedule(LATER, "retry", new RetryTicket(1), SAGA);
        deadlines.cancelSchedule("retry", id);
        batch.commit();

        verifyNoInteractions(scheduler);
    }

    @Test
    void a_deadline_scheduled_in_a_unit_of_work_is_written_when_it_commits() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("batch"));
        deadlines.schedule(LATER, "retry", new RetryTicket(1), SAGA);
        verifyNoInteractions(scheduler);

        batch.commit();

        verify(scheduler, times(1)).schedule(any(TaskInstance.class), any(Instant.class));
    }

    @Test
    void a_deadline_scheduled_in_a_unit_of_work_that_rolls_back_is_never_written() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("batch"));
        deadlines.schedule(LATER, "retry", new RetryTicket(1), SAGA);

        batch.rollback();

        verifyNoInteractions(scheduler);
    }

    @Test
    void only_the_cancelled_one_of_two_deadlines_scheduled_together_is_left_out() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("batch"));
        String first = deadlines.schedule(LATER, "retry", new RetryTicket(1), SAGA);
        deadlines.schedule(LATER, "retry", new RetryTicket(2), SAGA);
        deadlines.cancelSchedule("retry", first);

        batch.commit();

        verify(scheduler, times(1)).schedule(any(TaskInstance.class), any(Instant.class));
        verify(scheduler, never()).cancel(any());
    }

    @Test
    void a_deadline_from_an_earlier_unit_of_work_is_cancelled_in_the_database() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("batch"));
        deadlines.cancelSchedule("retry", "scheduled-long-ago");

        batch.commit();

        verify(scheduler).cancel(any(TaskInstanceId.class));
    }

    @Test
    void a_deadline_that_is_firing_while_it_is_cancelled_is_left_to_fire_without_failing_the_batch() {
        doThrow(new TaskInstanceCurrentlyExecutingException("deadline", "scheduled-long-ago"))
                .when(scheduler).cancel(any());
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("batch"));
        deadlines.cancelSchedule("retry", "scheduled-long-ago");

        assertThatCode(batch::commit).doesNotThrowAnyException();
    }

    @Test
    void a_deadline_that_fired_between_the_look_up_and_the_delete_does_not_fail_the_batch() {
        Execution justFired = new Execution(Instant.now(), new TaskInstance<>("deadline", "scheduled-long-ago"));
        doThrow(new ExecutionException("removed 0 rows", justFired)).when(scheduler).cancel(any());
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("batch"));
        deadlines.cancelSchedule("retry", "scheduled-long-ago");

        assertThatCode(batch::commit).doesNotThrowAnyException();
    }

    @Test
    void a_deadline_already_gone_is_ignored_as_axon_ignores_it() {
        doThrow(new TaskInstanceNotFoundException("deadline", "scheduled-long-ago")).when(scheduler).cancel(any());
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("batch"));
        deadlines.cancelSchedule("retry", "scheduled-long-ago");

        assertThatCode(batch::commit).doesNotThrowAnyException();
    }

    @Test
    void any_other_failure_to_cancel_still_fails_the_batch() {
        doThrow(new IllegalStateException("database down")).when(scheduler).cancel(any());
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("batch"));
        deadlines.cancelSchedule("retry", "scheduled-long-ago");

        assertThatThrownBy(batch::commit).hasMessage("database down");
    }

    @Test
    void outside_a_unit_of_work_a_deadline_is_cancelled_at_once_and_tolerantly() {
        doThrow(new TaskInstanceCurrentlyExecutingException("deadline", "scheduled-long-ago"))
                .when(scheduler).cancel(any());

        assertThatCode(() -> deadlines.cancelSchedule("retry", "scheduled-long-ago")).doesNotThrowAnyException();
        verify(scheduler).cancel(any(TaskInstanceId.class));
    }

    @Test
    void outside_a_unit_of_work_a_deadline_is_written_at_once() {
        deadlines.schedule(LATER, "retry", new RetryTicket(1), SAGA);

        verify(scheduler, times(1)).schedule(any(TaskInstance.class), any(Instant.class));
    }

    private static final class NoScopes implements ScopeAwareProvider {
        @Override
        public Stream<org.axonframework.messaging.ScopeAware> provideScopeAwareStream(
                org.axonframework.messaging.ScopeDescriptor scopeDescriptor) {
            return Stream.empty();
        }
    }
}
