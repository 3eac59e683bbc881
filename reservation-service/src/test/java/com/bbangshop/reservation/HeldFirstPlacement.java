package com.bbangshop.reservation;

import com.bbangshop.api.reservation.PlaceReservationCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/** Holds the placement of the reservation "first" in a mocked gateway until released, so the others queue behind it. */
final class HeldFirstPlacement {

    private final CountDownLatch placing = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    HeldFirstPlacement(CommandGateway commands) {
        doAnswer(call -> {
            if (((PlaceReservationCommand) call.getArgument(0)).reservationId().equals("first")) {
                placing.countDown();
                released.await(5, TimeUnit.SECONDS);
            }
            return null;
        }).when(commands).sendAndWait(any(PlaceReservationCommand.class));
    }

    void awaitPlacing() throws InterruptedException {
        placing.await(5, TimeUnit.SECONDS);
    }

    void release() {
        released.countDown();
    }
}
