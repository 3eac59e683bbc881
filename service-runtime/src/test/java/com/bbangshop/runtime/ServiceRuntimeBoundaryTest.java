package com.bbangshop.runtime;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The runtime every process carries knows no service: the services build on it, never the other way round. */
@AnalyzeClasses(packages = "com.bbangshop", importOptions = ImportOption.DoNotIncludeTests.class)
class ServiceRuntimeBoundaryTest {

    @ArchTest
    static final ArchRule knowsNoService = noClasses().that().resideInAPackage("com.bbangshop.runtime..")
            .should().dependOnClassesThat().resideInAnyPackage("com.bbangshop.bakery..",
                    "com.bbangshop.reservation..", "com.bbangshop.query..", "com.bbangshop.embedded..");
}
