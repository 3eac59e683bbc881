package com.bbangshop.autoconfigure.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import java.io.IOException;
import java.util.Map;

/**
 * Whether this process serves a path at all, asked only when a request without the staff login is refused: a path
 * nothing here answers is "not found" for everyone, rather than "log in" (as if logging in would find it). It asks
 * Spring MVC's own handler mappings, so it knows every endpoint, page and file the process has; the static files'
 * catch-all mapping counts only where a file exists. When in doubt (a method the path does not take, no Spring MVC)
 * the path counts as served, and the refusal stays "log in".
 */
final class ServedPaths {

    private final ObjectProvider<HandlerMappingIntrospector> mappings;

    ServedPaths(ObjectProvider<HandlerMappingIntrospector> mappings) {
        this.mappings = mappings;
    }

    boolean serves(HttpServletRequest request) {
        HandlerMappingIntrospector introspector = mappings.getIfAvailable();
        if (introspector == null || introspector.getHandlerMappings() == null) {
            return true;
        }
        Object parsedBefore = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            for (HandlerMapping mapping : introspector.getHandlerMappings()) {
                HandlerExecutionChain chain = mapping.getHandler(request);
                if (chain != null) {
                    return !(chain.getHandler() instanceof ResourceHttpRequestHandler files)
                            || hasFile(mapping, files, request);
                }
            }
            return false;
        } catch (Exception doubt) {
            return true;
        } finally {
            if (parsedBefore instanceof RequestPath path) {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, path);
            } else {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    /** Whether the static files' handler has the file asked for; in doubt (a mapping it cannot read), it has. */
    private static boolean hasFile(HandlerMapping mapping, ResourceHttpRequestHandler files,
                                   HttpServletRequest request) throws IOException {
        if (!(mapping instanceof AbstractUrlHandlerMapping urls) || urls.getPathPatternHandlerMap().isEmpty()) {
            return true;
        }
        PathContainer path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication();
        for (Map.Entry<PathPattern, Object> mapped : urls.getPathPatternHandlerMap().entrySet()) {
            if (mapped.getValue() == files && mapped.getKey().matches(path)) {
                String file = mapped.getKey().extractPathWithinPattern(path).value();
                return !file.isEmpty() && exists(files, file);
            }
        }
        return true;
    }

    private static boolean exists(ResourceHttpRequestHandler files, String file) throws IOException {
        for (Resource location : files.getLocations()) {
            Resource found = location.createRelative(file);
            if (found.exists() && found.isReadable()) {
                return true;
            }
        }
        return false;
    }
}
