package com.bbangshop.reservation;

import com.bbangshop.api.rules.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/** Every refusal of the reservation endpoints as RFC 9457 problem+json with a message that says what to fix. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "com.bbangshop.reservation")
public class ReservationProblems {

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail refused(CommandExecutionException e) {
        return e.getDetails().filter(RuleViolation.class::isInstance).map(RuleViolation.class::cast)
                .map(v -> problem(HttpStatus.valueOf(v.kind().httpStatus()), v.message()))
                .orElseGet(() -> problem(HttpStatus.SERVICE_UNAVAILABLE, "the reservation could not be processed; try again shortly"));
    }

    @ExceptionHandler(ReservationNotPlacedException.class)
    ResponseEntity<ProblemDetail> notPlaced(ReservationNotPlacedException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknown(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "no reservation with id " + e.getAggregateIdentifier());
    }

    @ExceptionHandler({NoHandlerForCommandException.class, NoHandlerForQueryException.class})
    ProblemDetail unavailable(RuntimeException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "that part of bbangshop is not reachable right now");
    }

    @ExceptionHandler(CompletionException.class)
    ResponseEntity<ProblemDetail> unwrapped(CompletionException e) {
        if (e.getCause() instanceof ReservationNotPlacedException notPlaced) {
            return notPlaced(notPlaced);
        }
        ProblemDetail problem = problemFor(e.getCause());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private ProblemDetail problemFor(Throwable cause) {
        if (cause instanceof CommandExecutionException refusal) {
            return refused(refusal);
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return unknown(missing);
        }
        if (cause instanceof QueryExecutionException queryRefusal && queryRefusal.getDetails()
                .filter(RuleViolation.class::isInstance).isPresent()) {
            // the query service says why, e.g. the read model is rebuilding
            RuleViolation violation = (RuleViolation) queryRefusal.getDetails().get();
            return problem(HttpStatus.valueOf(violation.kind().httpStatus()), violation.message());
        }
        return cause instanceof NoHandlerForQueryException || cause instanceof NoHandlerForCommandException
                ? unavailable((RuntimeException) cause)
                : problem(HttpStatus.SERVICE_UNAVAILABLE, "bbangshop did not answer in time; try again shortly");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + " " + f.getDefaultMessage()).sorted().collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameter(HandlerMethodValidationException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err ->
                        r.getMethodParameter().getParameterName() + " " + err.getDefaultMessage()))
                .sorted().collect(Collectors.joining("; ")));
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
