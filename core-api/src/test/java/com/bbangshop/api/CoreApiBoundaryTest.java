package com.bbangshop.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The messages every service shares: plain Java and Axon's routing annotations, nothing a service would drag in. */
@AnalyzeClasses(packages = "com.bbangshop.api", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreApiBoundaryTest {

    @ArchTest
    static final ArchRule messagesNeedOnlyJavaAndAxonsRoutingAnnotations = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.bbangshop.api..",
                    "org.axonframework.modelling.command..", "org.axonframework.commandhandling..")
            .because("core-api holds the messages only: no Spring, no JPA, no Jackson, no service");

    @ArchTest
    static final ArchRule commandsEventsAndQueriesAreRecords = classes()
            .that().haveSimpleNameEndingWith("Command").or().haveSimpleNameEndingWith("Event")
            .or().haveSimpleNameEndingWith("Query").or().haveSimpleNameEndingWith("View")
            .or().haveSimpleNameEndingWith("List")
            .should().beRecords();
}
