package com.bbangshop.support;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** What services import is a plain library: it knows no service and no auto-configuration, and configures nothing. */
@AnalyzeClasses(packages = "com.bbangshop", importOptions = ImportOption.DoNotIncludeTests.class)
class ServiceSupportBoundaryTest {

    @ArchTest
    static final ArchRule knowsNoServiceNorTheAutoConfiguration = noClasses()
            .that().resideInAPackage("com.bbangshop.support..")
            .should().dependOnClassesThat().resideInAnyPackage("com.bbangshop.bakery..", "com.bbangshop.reservation..",
                    "com.bbangshop.query..", "com.bbangshop.embedded..", "com.bbangshop.autoconfigure..");

    @ArchTest
    static final ArchRule configuresNothing = noClasses().that().resideInAPackage("com.bbangshop.support..")
            .should().beAnnotatedWith(Configuration.class).orShould().beAnnotatedWith(AutoConfiguration.class);
}
