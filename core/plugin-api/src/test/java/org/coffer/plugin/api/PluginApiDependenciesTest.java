package org.coffer.plugin.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Plugins compile against this module alone, so nothing of the server's libraries may be reachable from it. */
class PluginApiDependenciesTest {

    private final JavaClasses api = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coffer.plugin.api");

    @Test
    void apiTypesUseOnlyTheJdkPf4jSlf4jAndThemselves() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.pf4j..", "org.slf4j..", "org.coffer.plugin.api..")
                .because("the plugin API may expose only JDK, PF4J, SLF4J and its own types")
                .check(api);
    }

    @Test
    void noServerLibraryTypeIsNamedAnywhereInTheApi() {
        classes().should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "io.javalin..", "org.eclipse.jetty..", "org.jdbi..", "org.duckdb..", "java.sql..",
                        "org.apache.poi..", "net.sf.jasperreports..", "com.fasterxml.jackson..", "org.coffer.server..")
                .check(api);
    }
}
