package com.bbangshop.autoconfigure;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The auto-configuration every process carries knows no service: the services run on it, never the other way round. */
@AnalyzeClasses(packages = "com.bbangshop", importOptions = ImportOption.DoNotIncludeTests.class)
class AutoConfigurationBoundaryTest {

    @ArchTest
    static final ArchRule knowsNoService = noClasses().that().resideInAPackage("com.bbangshop.autoconfigure..")
            .should().dependOnClassesThat().resideInAnyPackage("com.bbangshop.bakery..",
                    "com.bbangshop.reservation..", "com.bbangshop.query..", "com.bbangshop.embedded..");
}
