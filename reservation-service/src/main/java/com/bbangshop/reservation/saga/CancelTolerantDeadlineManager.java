package com.bbangshop.reservation.saga;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * db-scheduler refuses to cancel a deadline while it executes, and Axon lets that refusal fail the whole batch of the
 * saga processor at commit. It happens when a retry fires just as its answer arrives, and for as long as db-scheduler
 * takes a deadline that a crashed node was executing for alive: then the saga processor would stop. A deadline that
 * cannot be cancelled is left to fire instead; the saga ignores a retry it no longer holds the ticket of.
 */
public class CancelTolerantDeadlineManager extends DbSchedulerDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(CancelTolerantDeadlineManager.class);

    private final Scheduler scheduler;

    public CancelTolerantDeadlineManager(Builder builder, Scheduler scheduler) {
        super(builder.scheduler(scheduler));
        this.scheduler = scheduler;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        runOnPrepareCommitOrNow(() -> {
            try {
                scheduler.cancel(new DbSchedulerDeadlineToken(scheduleId));
            } catch (TaskInstanceNotFoundException alreadyGone) {
                log.debug("deadline {} {} was gone already", deadlineName, scheduleId);
            } catch (TaskInstanceCurrentlyExecutingException | ExecutionException firingOrJustFired) {
                log.debug("deadline {} {} is executing and cannot be cancelled; it will be ignored", deadlineName,
                        scheduleId);
            }
        });
    }
}
