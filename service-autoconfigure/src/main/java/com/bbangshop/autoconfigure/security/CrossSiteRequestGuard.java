package com.bbangshop.autoconfigure.security;

import com.bbangshop.autoconfigure.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * What stands in for CSRF tokens. A browser that has the staff login remembers it and would send it along with a
 * form another site submits to us; such a request is the only way to act with staff rights without knowing the
 * password. Browsers say where a request comes from: in {@code Sec-Fetch-Site}, and in {@code Origin}, which older
 * browsers and web views send alone. A changing request that another site started is refused: one whose Origin is
 * neither the address it was sent to (its Host, kept by the gateway) nor one of the allowed origins. Requests with
 * neither header (curl, scripts) are unaffected.
 */
final class CrossSiteRequestGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    private final List<String> allowedOrigins;

    CrossSiteRequestGuard(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod())) {
            String site = request.getHeader("Sec-Fetch-Site");
            String origin = request.getHeader("Origin");
            if (site != null && OTHER_SITES.contains(site)) {
                refuse(request, response, "another site's page");
                return;
            }
            if (origin != null && !isOwn(origin, request.getHeader("Host"))) {
                refuse(request, response, "a page of " + origin);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isOwn(String origin, String host) {
        if (allowedOrigins.stream().anyMatch(origin::equalsIgnoreCase)) {
            return true;
        }
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String sender)
            throws IOException {
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, request.getMethod() + " "
                + request.getRequestURI() + " was sent by " + sender + "; bbangshop only takes changes from its own "
                + "pages");
    }
}
