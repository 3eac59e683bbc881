package com.bbangshop.support.problems;

import com.bbangshop.api.rules.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A service's refusals through the shared mapping, with one exception of the service's own. */
class CommandAndQueryProblemsTest {

    static class OvenColdException extends RuntimeException {
        OvenColdException() {
            super("the oven is still cold; try again in a minute");
        }
    }

    @RestControllerAdvice
    static class OvenProblems extends CommandAndQueryProblems {
        OvenProblems() {
            super("loaf", "the oven could not take the command");
        }

        @ExceptionHandler(OvenColdException.class)
        ResponseEntity<ProblemDetail> cold(OvenColdException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
        }

        @Override
        protected ResponseEntity<ProblemDetail> answerTo(Throwable cause) {
            return cause instanceof OvenColdException cold ? cold(cold) : super.answerTo(cause);
        }
    }

    private static RuntimeException failure(String how) {
        return switch (how) {
            case "conflict" -> new CommandExecutionException("refused", null,
                    new RuleViolation(RuleViolation.Kind.CONFLICT, "the loaf is sold already"));
            case "no-reason" -> new CommandExecutionException("refused", null, null);
            case "unknown" -> new AggregateNotFoundException("loaf-9", "not there");
            case "unreachable" -> new NoHandlerForCommandException("nobody bakes");
            case "cold" -> new OvenColdException();
            case "async-rebuilding" -> new CompletionException(new QueryExecutionException("refused", null,
                    new RuleViolation(RuleViolation.Kind.UNAVAILABLE, "the read model is being rebuilt")));
            case "async-timeout" -> new CompletionException(new TimeoutException());
            default -> new CompletionException(failure(how.substring("async-".length())));
        };
    }

    @RestController
    static class OvenController {
        @GetMapping("/fail/{how}")
        String fail(@PathVariable String how) {
            throw failure(how);
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new OvenController())
            .setControllerAdvice(new OvenProblems()).build();

    @Test
    void aRuleTheCommandBrokeGivesItsStatusAndSaysWhich() throws Exception {
        answer("conflict", 409, "Conflict", "the loaf is sold already");
        answer("async-conflict", 409, "Conflict", "the loaf is sold already");
    }

    @Test
    void aCommandThatFailedWithoutAReasonIsUnavailableInTheServicesWords() throws Exception {
        answer("no-reason", 503, "Service Unavailable", "the oven could not take the command");
    }

    @Test
    void anUnknownAggregateIsNotFoundByTheServicesName() throws Exception {
        answer("unknown", 404, "Not Found", "no loaf with id loaf-9");
        answer("async-unknown", 404, "Not Found", "no loaf with id loaf-9");
    }

    @Test
    void anUnreachableHandlerOrNoAnswerInTimeIsUnavailable() throws Exception {
        answer("unreachable", 503, "Service Unavailable", "that part of bbangshop is not reachable right now");
        answer("async-unreachable", 503, "Service Unavailable", "that part of bbangshop is not reachable right now");
        answer("async-timeout", 503, "Service Unavailable", "bbangshop did not answer in time; try again shortly");
    }

    @Test
    void aQueryRefusedForAReasonGivesItsStatusAndSaysWhy() throws Exception {
        answer("async-rebuilding", 503, "Service Unavailable", "the read model is being rebuilt");
    }

    @Test
    void theServicesOwnExceptionIsMappedAlikeWhetherThrownOrEndingAFuture() throws Exception {
        answer("cold", 503, "Service Unavailable", "the oven is still cold; try again in a minute")
                .andExpect(header().string("Retry-After", "60"));
        answer("async-cold", 503, "Service Unavailable", "the oven is still cold; try again in a minute")
                .andExpect(header().string("Retry-After", "60"));
    }

    private ResultActions answer(String how, int status, String title, String detail) throws Exception {
        return mvc.perform(get("/fail/" + how))
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.detail").value(detail))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.instance").value("/fail/" + how));
    }
}
