package org.coffer.plugins.checkdigit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.coffer.plugin.api.reference.CheckDigitScheme;
import org.coffer.plugin.testing.TestingPluginZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged zip, expanded and loaded by PF4J as a plugins folder is, provides its scheme as an extension. */
class CheckDigitExamplePluginIT {

    @Test
    void theZipProvidesTheVerhoeffSchemeThroughTheExtensionPoint(@TempDir Path plugins) throws IOException {
        TestingPluginZip.withExtensions(Path.of("target", "check-digit-example-plugin.zip"), "check-digit-example",
                CheckDigitScheme.class, plugins, schemes -> assertThat(schemes).singleElement().satisfies(scheme -> {
                    assertThat(scheme.id()).isEqualTo("VERHOEFF");
                    assertThat(scheme.accepts("2363")).isTrue();
                    assertThat(scheme.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
                }));
    }
}
