package com.bbangshop.autoconfigure.web;

import jakarta.servlet.RequestDispatcher;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own refusals, made before a request reaches the application (a malformed or encoded-slash URL, a request
 * line or headers past their size limit), as problem+json with the security headers instead of Tomcat's HTML page.
 * Errors that reach the application are answered there; this only reports what nobody else answered.
 */
final class ProblemReportValve extends ErrorReportValve {

    private static final String[][] ENCODINGS_REFUSED = {
            {"%2f", "an encoded slash (%2F)"}, {"%5c", "an encoded backslash (%5C)"}, {"%00", "an encoded NUL (%00)"}};

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            SecurityHeaders.write(request, response);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemResponses.body(status, detail(request, status, response.getMessage(),
                        throwable(request, throwable))));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer was started elsewhere: nothing more to tell
        }
    }

    private static Throwable throwable(Request request, Throwable given) {
        return given != null ? given : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    }

    private static String detail(Request request, int status, String message, Throwable cause) {
        String reason = message != null && !message.isBlank() ? message : cause == null ? null : cause.getMessage();
        if (status >= 500) {
            return "bbangshop could not answer this request; try again shortly";
        }
        if (reason != null && reason.startsWith("Invalid URI")) {
            return "the request's URL is malformed: " + urlFault(request, reason);
        }
        if ("Request header is too large".equals(reason)) {
            Object limit = request.getConnector().getProperty("maxHttpRequestHeaderSize");
            return "the request's line or headers are larger than " + (limit == null ? "allowed" : limit + " bytes");
        }
        String refused = "the request was refused (HTTP " + status + ")";
        return reason == null ? refused : refused + ": " + reason;
    }

    /** What Tomcat refuses in a URL outright, named; anything else as Tomcat puts it. */
    private static String urlFault(Request request, String reason) {
        String url = request.getCoyoteRequest().requestURI().toString().toLowerCase(Locale.ROOT);
        for (String[] encoded : ENCODINGS_REFUSED) {
            if (url.contains(encoded[0])) {
                return encoded[1] + " is not allowed";
            }
        }
        int bracket = reason.indexOf('[');
        return bracket < 0 ? "Tomcat could not decode it" : reason.substring(bracket + 1).replace("]", "");
    }
}
