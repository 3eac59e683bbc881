package com.bbangshop.autoconfigure.security;

import com.bbangshop.autoconfigure.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * Refusals from the security filters, as RFC 9457 problem+json like every other error. A 401 carries the Basic
 * challenge, so a browser opening the staff page asks for the login and then sends it with the page's own calls.
 */
final class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "bbangshop staff";

    private final ServedPaths servedPaths;

    ProblemAnswers(ServedPaths servedPaths) {
        this.servedPaths = servedPaths;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (refusal instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
            return;
        }
        if (!(refusal instanceof BadCredentialsException) && !servedPaths.serves(request)) {
            ProblemResponses.write(request, response, HttpStatus.NOT_FOUND,
                    "nothing is served at " + request.getMethod() + " " + request.getRequestURI());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        String detail = refusal instanceof BadCredentialsException
                ? "the staff credentials were not accepted"
                : request.getMethod() + " " + request.getRequestURI() + " is for staff: log in with HTTP Basic";
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    /** After POST /staff/logout: the login just sent is refused, and no challenge asks for another. */
    void loggedOut(HttpServletRequest request, HttpServletResponse response, Authentication ignored)
            throws IOException {
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
                "logged out: this browser no longer sends the staff login; open /staff to log in again");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, request.getMethod() + " "
                + request.getRequestURI() + " needs the " + StaffAuthentication.ROLE + " role");
    }
}
