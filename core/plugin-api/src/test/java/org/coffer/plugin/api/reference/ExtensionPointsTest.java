package org.coffer.plugin.api.reference;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.pf4j.ExtensionPoint;

/** What PF4J finds: every extension point of the API is an interface, in its own package, that a plugin implements. */
class ExtensionPointsTest {

    private final JavaClasses api = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coffer.plugin.api");

    @Test
    void extensionPointsArePublicInterfacesInASubPackage() {
        classes().that().areAssignableTo(ExtensionPoint.class)
                .should().beInterfaces().andShould().bePublic()
                .andShould().resideInAnyPackage("org.coffer.plugin.api.format", "org.coffer.plugin.api.reference",
                        "org.coffer.plugin.api.ledger", "org.coffer.plugin.api.report")
                .check(api);
    }
}
