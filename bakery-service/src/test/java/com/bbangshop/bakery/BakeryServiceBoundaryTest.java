package com.bbangshop.bakery;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.spring.stereotype.Aggregate;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** bakery-service talks to the others through core-api's messages only, and its features do not lean on each other. */
@AnalyzeClasses(packages = "com.bbangshop", importOptions = ImportOption.DoNotIncludeTests.class)
class BakeryServiceBoundaryTest {

    @ArchTest
    static final ArchRule noOtherServiceAndNoAutoConfiguration = noClasses()
            .that().resideInAPackage("com.bbangshop.bakery..")
            .should().dependOnClassesThat().resideInAnyPackage("com.bbangshop.reservation..",
                    "com.bbangshop.query..", "com.bbangshop.embedded..")
            .orShould().dependOnClassesThat().resideInAPackage("com.bbangshop.autoconfigure..");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("com.bbangshop.bakery.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule aggregatesDecideAndSendNothing = noClasses().that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().areAssignableTo(CommandGateway.class)
            .orShould().dependOnClassesThat().resideInAPackage("org.springframework.web..");
}
