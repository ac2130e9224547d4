package org.coffer.plugins.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;

/** The packaged zip, expanded and loaded by PF4J as a plugins folder is, provides its export as an extension. */
class BackofficePluginIT {

    @Test
    void theZipProvidesThePaymentFileThroughTheExtensionPoint(@TempDir Path plugins) throws IOException {
        unzip(Path.of("target", "ledger-backoffice-plugin.zip"), plugins.resolve("ledger-backoffice"));
        PluginManager manager = new DefaultPluginManager(plugins);
        try {
            manager.loadPlugins();
            manager.startPlugins();

            List<LedgerExport> exports = manager.getExtensions(LedgerExport.class, "ledger-backoffice");

            assertThat(manager.getPlugin("ledger-backoffice").getDescriptor().getRequires())
                    .isEqualTo(">=1.1.0 & <2.0.0");
            assertThat(exports).singleElement().satisfies(export -> {
                assertThat(export.id()).isEqualTo("backoffice-payments");
                assertThat(export.fileExtension()).isEqualTo("csv");
                assertThat(export.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
            });
        } finally {
            manager.stopPlugins();
            manager.unloadPlugins();
        }
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException(zip + " has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }
}
