package com.bbangshop.api.rules;

import org.axonframework.commandhandling.CommandExecutionException;

/** A typed business refusal raised by an aggregate; never a crash. */
public class BusinessRuleException extends CommandExecutionException {

    public BusinessRuleException(RuleViolation.Kind kind, String message) {
        super(message, null, new RuleViolation(kind, message));
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
