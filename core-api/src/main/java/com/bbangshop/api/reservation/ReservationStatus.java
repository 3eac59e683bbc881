package com.bbangshop.api.reservation;

/** The reservation's life; {@code seedName} is what the original kiosk called the state. */
public enum ReservationStatus {
    REQUESTED("breadRequested", false),
    SOLD_OUT("soldout", true),
    ACCEPTED("accepted", false),
    CONFIRMED("breadSucceed", false),
    READY("breadReady", false),
    CANCELLATION_REQUESTED("cancellation", false),
    CANCELED("breadCanceled", true),
    PICKED_UP("pickedUp", true),
    NO_SHOW("noShow", true);

    private final String seedName;
    private final boolean terminal;

    ReservationStatus(String seedName, boolean terminal) {
        this.seedName = seedName;
        this.terminal = terminal;
    }

    public String seedName() {
        return seedName;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
