package com.bbangshop.reservation.saga;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Axon's db-scheduler deadline manager, with two changes:
 * <ul>
 * <li>A deadline scheduled and cancelled in the same unit of work never reaches the database. A saga processor's batch
 * often holds a reservation's whole short life (placed, sold out): its retry deadline was one row written and deleted
 * again in the same transaction, a fifth of the saga processor's time in a flash sale.</li>
 * <li>db-scheduler refuses to cancel a deadline while it executes, and Axon lets that refusal fail the whole batch of
 * the saga processor at commit. It happens when a retry fires just as its answer arrives, and for as long as
 * db-scheduler takes a deadline that a crashed node was executing for alive: then the saga processor would stop. A
 * deadline that cannot be cancelled is left to fire instead; the saga ignores a retry it no longer holds the ticket
 * of. (A deadline already gone is Axon's to ignore; one that goes between db-scheduler's look-up and its delete is
 * ours.)</li>
 * </ul>
 */
public class CancelTolerantDeadlineManager extends DbSchedulerDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(CancelTolerantDeadlineManager.class);
    private static final String SCHEDULED_HERE = CancelTolerantDeadlineManager.class.getName() + ".scheduledHere";

    /** Set while Axon's schedule runs: receives the write it would register for prepare-commit. */
    private final ThreadLocal<Runnable[]> heldWrite = new ThreadLocal<>();
    /** Set while Axon's cancelSchedule runs: the cancellation it registers is to tolerate a deadline executing. */
    private final ThreadLocal<Boolean> cancelling = ThreadLocal.withInitial(() -> false);

    public CancelTolerantDeadlineManager(Builder builder, Scheduler scheduler) {
        super(builder.scheduler(scheduler));
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object payload, ScopeDescriptor scope) {
        if (!CurrentUnitOfWork.isStarted()) {
            return super.schedule(triggerDateTime, deadlineName, payload, scope);
        }
        Runnable[] write = new Runnable[1];
        heldWrite.set(write);
        String scheduleId;
        try {
            scheduleId = super.schedule(triggerDateTime, deadlineName, payload, scope);
        } finally {
            heldWrite.remove();
        }
        if (write[0] == null) {
            return scheduleId; // Axon wrote it some other way: nothing held back to release
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Map<String, Runnable> scheduledHere = scheduledHere(unitOfWork);
        scheduledHere.put(scheduleId, write[0]);
        unitOfWork.onPrepareCommit(u -> {
            Runnable stillWanted = scheduledHere.remove(scheduleId);
            if (stillWanted != null) {
                stillWanted.run();
            }
        });
        return scheduleId;
    }

    @Override
    protected void runOnPrepareCommitOrNow(Runnable task) {
        Runnable[] write = heldWrite.get();
        if (write != null) {
            write[0] = task;
        } else if (cancelling.get()) {
            super.runOnPrepareCommitOrNow(leftToFireIfExecuting(task));
        } else {
            super.runOnPrepareCommitOrNow(task);
        }
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        if (CurrentUnitOfWork.isStarted() && scheduledHere(CurrentUnitOfWork.get()).remove(scheduleId) != null) {
            return; // scheduled in this very unit of work: it is simply never written
        }
        cancelling.set(true);
        try {
            super.cancelSchedule(deadlineName, scheduleId);
        } finally {
            cancelling.remove();
        }
    }

    private static Runnable leftToFireIfExecuting(Runnable cancellation) {
        return () -> {
            try {
                cancellation.run();
            } catch (TaskInstanceCurrentlyExecutingException | ExecutionException firingOrJustFired) {
                log.debug("a deadline is executing and cannot be cancelled; it will be ignored: {}",
                        firingOrJustFired.getMessage());
            }
        };
    }

    private static Map<String, Runnable> scheduledHere(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(SCHEDULED_HERE, key -> new HashMap<>());
    }
}
