package com.bbangshop.query.deadletter;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class UnknownProjectionException extends ResponseStatusException {

    UnknownProjectionException(String group) {
        super(HttpStatus.NOT_FOUND, "no projection named '" + group + "'; the projections are pages, breads and "
                + "assignments");
    }
}
