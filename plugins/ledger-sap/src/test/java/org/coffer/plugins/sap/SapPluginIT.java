package org.coffer.plugins.sap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugin.testing.TestingPluginZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged zip, loaded by PF4J as a plugins folder is, provides the export through the extension point. */
class SapPluginIT {

    @Test
    void theZipProvidesTheSapExport(@TempDir Path plugins) throws IOException {
        TestingPluginZip.withExtensions(Path.of("target", "ledger-sap-plugin.zip"), "ledger-sap",
                LedgerExport.class, plugins, exports -> assertThat(exports).singleElement().satisfies(export -> {
                    assertThat(export.id()).isEqualTo("sap-journal");
                    assertThat(export.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
                }));
    }
}
