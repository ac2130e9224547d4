package org.coffer.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server's shape: plugins are loaded at run time only, and capabilities never reach into the web edge. */
class ServerDependencyRulesTest {

    private static JavaClasses server;

    @BeforeAll
    static void importServer() {
        server = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.coffer.server");
    }

    @Test
    void theServerNeverDependsOnAPlugin() {
        noClasses().that().resideInAPackage("org.coffer.server..")
                .should().dependOnClassesThat().resideInAPackage("org.coffer.plugins..")
                .because("plugins are loaded at run time by PF4J; the server knows only the plugin API")
                .check(server);
    }

    @Test
    void capabilitiesDoNotDependOnTheWebEdge() {
        noClasses().that().resideInAnyPackage("org.coffer.server.imports..", "org.coffer.server.store..",
                        "org.coffer.server.income..", "org.coffer.server.allocation..", "org.coffer.server.config..",
                        "org.coffer.server.audit..", "org.coffer.server.reports..", "org.coffer.server.enquiry..",
                        "org.coffer.server.users..", "org.coffer.server.suspense..",
                        "org.coffer.server.ledger..")
                .should().dependOnClassesThat().resideInAPackage("org.coffer.server.web..")
                .because("the web pages and API are an edge over the capabilities, not a part of them")
                .check(server);
    }
}
