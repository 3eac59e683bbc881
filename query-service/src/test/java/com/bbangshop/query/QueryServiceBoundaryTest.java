package com.bbangshop.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.commandhandling.gateway.CommandGateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * query-service reads events and answers queries: it imports no other service and nothing of service-autoconfigure,
 * and its projections only project (they send no commands).
 */
@AnalyzeClasses(packages = "com.bbangshop", importOptions = ImportOption.DoNotIncludeTests.class)
class QueryServiceBoundaryTest {

    @ArchTest
    static final ArchRule noOtherServiceAndNothingOfTheRuntime = noClasses()
            .that().resideInAPackage("com.bbangshop.query..")
            .should().dependOnClassesThat().resideInAnyPackage("com.bbangshop.bakery..",
                    "com.bbangshop.reservation..", "com.bbangshop.embedded..", "com.bbangshop.autoconfigure..");

    @ArchTest
    static final ArchRule projectionsSendNoCommands = noClasses().that().resideInAPackage("com.bbangshop.query..")
            .should().dependOnClassesThat().areAssignableTo(CommandGateway.class);
}
