package com.bbangshop.bakery;

import com.bbangshop.support.problems.CommandAndQueryProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal of the bakery's endpoints as RFC 9457 problem+json with a message that says what to fix. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "com.bbangshop.bakery")
public class BakeryProblems extends CommandAndQueryProblems {

    public BakeryProblems() {
        super("bread", "the bakery could not take the command");
    }
}
