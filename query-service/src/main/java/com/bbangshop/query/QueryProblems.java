package com.bbangshop.query;

import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.query.rebuild.RebuildAlreadyRunningException;
import org.axonframework.messaging.HandlerExecutionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * The read endpoints can only be asked wrongly through their parameters (the QR code through its body); and while
 * the read model rebuilds, every view is refused rather than served half-built.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "com.bbangshop.query")
public class QueryProblems {

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameter(HandlerMethodValidationException e) {
        return badRequest(e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err ->
                        r.getMethodParameter().getParameterName() + " " + err.getDefaultMessage()))
                .sorted().collect(Collectors.joining("; ")));
    }

    /** A body that breaks its own rules (the QR code's address): which field, and what it must be. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        return badRequest(e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(HandlerExecutionException.class)
    ResponseEntity<ProblemDetail> refused(HandlerExecutionException e) {
        RuleViolation violation = e.getDetails().filter(RuleViolation.class::isInstance)
                .map(RuleViolation.class::cast)
                .orElseGet(() -> new RuleViolation(RuleViolation.Kind.UNAVAILABLE,
                        "the read model could not answer; try again shortly"));
        HttpStatus status = HttpStatus.valueOf(violation.kind().httpStatus());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, violation.message());
        problem.setTitle(status.getReasonPhrase());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header("Retry-After", "2");
        }
        return answer.body(problem);
    }

    @ExceptionHandler(CompletionException.class)
    ResponseEntity<ProblemDetail> unwrapped(CompletionException e) {
        if (e.getCause() instanceof HandlerExecutionException refusal) {
            return refused(refusal);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the read model did not answer in time; try again shortly");
        problem.setTitle(HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    @ExceptionHandler(RebuildAlreadyRunningException.class)
    ProblemDetail alreadyRebuilding(RebuildAlreadyRunningException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        return problem;
    }

    private static ProblemDetail badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad Request");
        return problem;
    }
}
