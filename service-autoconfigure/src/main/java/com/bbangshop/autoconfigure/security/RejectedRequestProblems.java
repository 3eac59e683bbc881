package com.bbangshop.autoconfigure.security;

import com.bbangshop.autoconfigure.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * What Spring Security's firewall refuses (encoded dots or line breaks, a path that is not normalized, a header it
 * does not allow) is refused before the security chain writes its headers, and would reach Spring Boot's error page
 * as {@code {"timestamp", ...}} JSON: 400 problem+json with the headers, saying which rule the request broke.
 */
final class RejectedRequestProblems implements RequestRejectedHandler {

    private static final String FIREWALL_PREFIX = "The request was rejected because the ";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refusal)
            throws IOException {
        String reason = refusal.getMessage() == null ? "" : refusal.getMessage().replaceFirst("\\.$", "");
        ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, reason.startsWith(FIREWALL_PREFIX)
                ? "the request's " + reason.substring(FIREWALL_PREFIX.length())
                : "the request was refused: " + reason);
    }
}
