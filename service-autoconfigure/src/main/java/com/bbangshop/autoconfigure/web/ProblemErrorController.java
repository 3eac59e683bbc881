package com.bbangshop.autoconfigure.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The error page every failure without an answer of its own is forwarded to (a filter's {@code sendError}, an
 * exception thrown outside Spring MVC): problem+json with the security headers, in place of Spring Boot's
 * {@code {"timestamp", ...}} JSON. A server error's cause stays in the log, not in the answer.
 */
@Controller
final class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = status.is4xxClientError() && message instanceof String text && !text.isBlank() ? text
                : status.is4xxClientError() ? "the request was refused: " + status.getReasonPhrase()
                : "bbangshop could not answer this request; try again shortly";
        response.resetBuffer();
        ProblemResponses.write(request, response, status, detail);
    }
}
