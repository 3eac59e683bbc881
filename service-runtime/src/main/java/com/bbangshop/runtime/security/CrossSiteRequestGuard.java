package com.bbangshop.runtime.security;

import com.bbangshop.runtime.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * What stands in for CSRF tokens. A browser that has the staff login remembers it and would send it along with a
 * form another site submits to us; such a request is the only way to act with staff rights without knowing the
 * password. Browsers say where a request comes from in {@code Sec-Fetch-Site}: a changing request that another site
 * started is refused. Requests without the header (curl, scripts, older browsers) are unaffected.
 */
final class CrossSiteRequestGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (!SAFE_METHODS.contains(request.getMethod()) && site != null && OTHER_SITES.contains(site)) {
            ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, request.getMethod() + " "
                    + request.getRequestURI() + " was sent by another site's page; bbangshop only takes changes from "
                    + "its own pages");
            return;
        }
        chain.doFilter(request, response);
    }
}
