package com.bbangshop.reservation;

import com.bbangshop.reservation.customer.CustomerKeys;
import com.bbangshop.support.problems.CommandAndQueryProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal of the reservation endpoints as RFC 9457 problem+json with a message that says what to fix. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "com.bbangshop.reservation")
public class ReservationProblems extends CommandAndQueryProblems {

    public ReservationProblems() {
        super("reservation", "the reservation could not be processed; try again shortly");
    }

    @ExceptionHandler(ReservationNotPlacedException.class)
    ResponseEntity<ProblemDetail> notPlaced(ReservationNotPlacedException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    /** The shop's own setting is missing, not the customer's fault: a 503 the shop can fix, saying how. */
    @ExceptionHandler(CustomerKeys.NoCustomerKeyException.class)
    ResponseEntity<ProblemDetail> noCustomerKey(CustomerKeys.NoCustomerKeyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    @Override
    protected ResponseEntity<ProblemDetail> answerTo(Throwable cause) {
        return cause instanceof ReservationNotPlacedException notPlaced ? notPlaced(notPlaced) : super.answerTo(cause);
    }
}
