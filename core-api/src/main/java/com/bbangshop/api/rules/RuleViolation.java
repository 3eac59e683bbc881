package com.bbangshop.api.rules;

import java.util.Map;

/**
 * Why a command was refused. Travels as the details of a {@link BusinessRuleException}, which is how Axon carries
 * a handler's reason across the wire when the services run apart.
 */
public record RuleViolation(Kind kind, String message, Map<String, String> properties) {

    /**
     * {@code properties} are what the answer carries beside the message, as problem+json extension members (such as
     * when a sale opens); none when null, as in a violation sent before they existed.
     */
    public RuleViolation {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public RuleViolation(Kind kind, String message) {
        this(kind, message, Map.of());
    }

    public enum Kind {
        /** The thing named does not exist. */
        NOT_FOUND(404),
        /** The request is well-formed but the current state forbids it. */
        CONFLICT(409),
        /** The caller did not prove the right to do this. */
        FORBIDDEN(403),
        /** The request itself breaks a rule, whatever the state. */
        INVALID(400),
        /** The answer cannot be given right now (the read model is being rebuilt); asking again later will do. */
        UNAVAILABLE(503);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }
}
