package com.bbangshop.support.problems;

import com.bbangshop.api.rules.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Every refusal of a service that turns requests into Axon commands and queries, as RFC 9457 problem+json with a
 * detail that says what to fix: a rule the command broke ({@link RuleViolation}), an unknown aggregate, an
 * unreachable handler, no answer in time, an invalid body or parameter. A service subclasses it as its
 * {@code @RestControllerAdvice} for its own package, names what its aggregates are, and maps its own exceptions.
 */
public abstract class CommandAndQueryProblems {

    private final String aggregateName;
    private final String commandFailed;

    /**
     * @param aggregateName what an unknown id names, as in "no bread with id ..."
     * @param commandFailed the detail when a command failed without saying which rule it broke
     */
    protected CommandAndQueryProblems(String aggregateName, String commandFailed) {
        this.aggregateName = aggregateName;
        this.commandFailed = commandFailed;
    }

    /** A 4xx or 5xx problem titled with its status's reason phrase. */
    public static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    @ExceptionHandler(CommandExecutionException.class)
    protected ProblemDetail refused(CommandExecutionException e) {
        return violated(e).orElseGet(() -> problem(HttpStatus.SERVICE_UNAVAILABLE, commandFailed));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    protected ProblemDetail unknown(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "no " + aggregateName + " with id " + e.getAggregateIdentifier());
    }

    @ExceptionHandler({NoHandlerForCommandException.class, NoHandlerForQueryException.class})
    protected ProblemDetail unreachable(RuntimeException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "that part of bbangshop is not reachable right now");
    }

    @ExceptionHandler(CompletionException.class)
    protected ResponseEntity<ProblemDetail> unwrapped(CompletionException e) {
        return answerTo(e.getCause());
    }

    /** The answer to what a command's or query's future failed with; a service adds its own exceptions first. */
    protected ResponseEntity<ProblemDetail> answerTo(Throwable cause) {
        ProblemDetail problem;
        if (cause instanceof CommandExecutionException refusal) {
            problem = refused(refusal);
        } else if (cause instanceof AggregateNotFoundException missing) {
            problem = unknown(missing);
        } else if (cause instanceof QueryExecutionException queryRefusal && violated(queryRefusal).isPresent()) {
            problem = violated(queryRefusal).get(); // the query service says why, e.g. the read model is rebuilding
        } else if (cause instanceof NoHandlerForQueryException || cause instanceof NoHandlerForCommandException) {
            problem = unreachable((RuntimeException) cause);
        } else {
            problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "bbangshop did not answer in time; try again shortly");
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    protected ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + " " + f.getDefaultMessage()).sorted().collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    protected ProblemDetail invalidParameter(HandlerMethodValidationException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err ->
                        r.getMethodParameter().getParameterName() + " " + err.getDefaultMessage()))
                .sorted().collect(Collectors.joining("; ")));
    }

    private static Optional<ProblemDetail> violated(HandlerExecutionException e) {
        return e.getDetails().filter(RuleViolation.class::isInstance).map(RuleViolation.class::cast)
                .map(v -> {
                    ProblemDetail problem = problem(HttpStatus.valueOf(v.kind().httpStatus()), v.message());
                    v.properties().forEach(problem::setProperty);
                    return problem;
                });
    }
}
