package org.coffer.plugins.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugin.testing.TestingPluginZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged zip, expanded and loaded by PF4J as a plugins folder is, provides its export as an extension. */
class BackofficePluginIT {

    @Test
    void theZipProvidesThePaymentFileThroughTheExtensionPoint(@TempDir Path plugins) throws IOException {
        TestingPluginZip.withExtensions(Path.of("target", "ledger-backoffice-plugin.zip"), "ledger-backoffice",
                LedgerExport.class, plugins, exports -> assertThat(exports).singleElement().satisfies(export -> {
                    assertThat(export.id()).isEqualTo("backoffice-payments");
                    assertThat(export.fileExtension()).isEqualTo("csv");
                    assertThat(export.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
                }));

        assertThat(plugins.resolve("ledger-backoffice/plugin.properties")).as("ledger exports need plugin API 1.1.0")
                .content().contains("plugin.requires=>=1.1.0 & <2.0.0");
    }
}
