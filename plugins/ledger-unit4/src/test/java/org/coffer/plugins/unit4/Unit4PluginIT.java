package org.coffer.plugins.unit4;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugin.testing.TestingPluginZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged zip, loaded by PF4J as a plugins folder is, provides the export through the extension point. */
class Unit4PluginIT {

    @Test
    void theZipProvidesTheUnit4Export(@TempDir Path plugins) throws IOException {
        TestingPluginZip.withExtensions(Path.of("target", "ledger-unit4-plugin.zip"), "ledger-unit4",
                LedgerExport.class, plugins, exports -> assertThat(exports).singleElement().satisfies(export -> {
                    assertThat(export.id()).isEqualTo("unit4-gl");
                    assertThat(export.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
                }));
    }
}
