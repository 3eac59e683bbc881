package com.bbangshop.query.kiosk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An address of this shop to draw as a QR code; in a body, so that what its fragment holds stays out of logs. */
public record QrCodeRequest(@NotBlank @Size(max = QrCodeRequest.MAX_URL_LENGTH) String url) {

    /** Far more than a reservation's link needs, and a code a phone at arm's length still reads. */
    static final int MAX_URL_LENGTH = 300;
}
