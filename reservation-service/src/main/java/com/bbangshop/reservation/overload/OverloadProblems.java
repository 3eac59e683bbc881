package com.bbangshop.reservation.overload;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** "Busy, try again in a moment" as 503 problem+json with Retry-After; the kiosk shows it as such. */
@RestControllerAdvice(basePackages = "com.bbangshop.reservation")
public class OverloadProblems {

    @ExceptionHandler(ReservationOverloadedException.class)
    ResponseEntity<ProblemDetail> overloaded(ReservationOverloadedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Busy");
        problem.setType(URI.create("https://bbangshop.example/problems/busy"));
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }
}
