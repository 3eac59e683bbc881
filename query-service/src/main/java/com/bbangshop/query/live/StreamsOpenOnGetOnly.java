package com.bbangshop.query.live;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Spring MVC answers HEAD with a GET handler, and a stream's handler subscribes before it answers; Tomcat drops a HEAD
 * answer's body, so such a stream would never notice its client gone and hold its subscription until it timed out.
 * HEAD on a stream is refused before its handler runs: 405 problem+json with {@code Allow: GET}.
 */
final class StreamsOpenOnGetOnly implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpRequestMethodNotSupportedException {
        if ("HEAD".equals(request.getMethod()) && handler instanceof HandlerMethod method && opensStream(method)) {
            HttpRequestMethodNotSupportedException refusal =
                    new HttpRequestMethodNotSupportedException("HEAD", List.of("GET"));
            refusal.getBody().setDetail("a live stream is opened with GET; HEAD would open one that nobody reads");
            throw refusal;
        }
        return true;
    }

    /** A stream, whether answered at once, in a ResponseEntity, or later (a future of either). */
    private static boolean opensStream(HandlerMethod method) {
        ResolvableType answer = ResolvableType.forMethodReturnType(method.getMethod());
        if (CompletionStage.class.isAssignableFrom(answer.toClass())) {
            answer = answer.getGeneric(0);
        }
        Class<?> body = ResponseEntity.class.isAssignableFrom(answer.toClass())
                ? answer.getGeneric(0).toClass() : answer.toClass();
        return ResponseBodyEmitter.class.isAssignableFrom(body);
    }
}
