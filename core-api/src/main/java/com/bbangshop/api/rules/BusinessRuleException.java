package com.bbangshop.api.rules;

import org.axonframework.commandhandling.CommandExecutionException;

import java.util.Map;

/** A typed business refusal raised by an aggregate; never a crash. */
public class BusinessRuleException extends CommandExecutionException {

    public BusinessRuleException(RuleViolation.Kind kind, String message) {
        super(message, null, new RuleViolation(kind, message));
    }

    public BusinessRuleException(RuleViolation violation) {
        super(violation.message(), null, violation);
    }

    /** A conflict whose answer carries {@code properties} beside the message (problem+json extension members). */
    public static BusinessRuleException conflict(String message, Map<String, String> properties) {
        return new BusinessRuleException(new RuleViolation(RuleViolation.Kind.CONFLICT, message, properties));
    }

    public static BusinessRuleException conflict(String message) {
        return new BusinessRuleException(RuleViolation.Kind.CONFLICT, message);
    }

    public static BusinessRuleException invalid(String message) {
        return new BusinessRuleException(RuleViolation.Kind.INVALID, message);
    }

    public static BusinessRuleException forbidden(String message) {
        return new BusinessRuleException(RuleViolation.Kind.FORBIDDEN, message);
    }

    public static BusinessRuleException notFound(String message) {
        return new BusinessRuleException(RuleViolation.Kind.NOT_FOUND, message);
    }
}
