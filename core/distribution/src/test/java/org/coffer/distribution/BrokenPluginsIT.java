package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.coffer.plugin.api.PluginApi;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.server.plugins.PluginHost;
import org.coffer.server.plugins.PluginReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken plugin is reported by name with the reason, and the server and the other plugins carry on. */
class BrokenPluginsIT {

    private static final String DESCRIPTOR = "plugin.properties";
    private static final String EXTENSIONS = "classes/META-INF/extensions.idx";

    @TempDir
    Path folder;

    private Path plugins;
    private Path mt940;

    @BeforeEach
    void copyTheRealPlugins() throws IOException {
        plugins = Installation.copyPlugins(folder.resolve("plugins"));
        mt940 = plugins.resolve("coffer-plugin-bank-mt940-plugin.zip");
        assertThat(mt940).exists();
    }

    @Test
    void reportsAPluginThatNeedsAnotherApiVersion() throws IOException {
        replaceMt940(Map.of(DESCRIPTOR, text -> text.replaceAll("plugin.requires=.*", "plugin.requires=>=2.0.0")));

        try (PluginHost host = PluginHost.load(plugins)) {
            assertThat(host.report().failed()).singleElement().satisfies(failed -> {
                assertThat(failed.id()).isEqualTo("bank-mt940");
                assertThat(failed.reason()).contains(">=2.0.0", PluginApi.version());
            });
            assertTheOtherPluginStillWorks(host);
        }
    }

    @Test
    void reportsAPluginWithABadDescriptor() throws IOException {
        replaceMt940(Map.of(DESCRIPTOR, text -> text.replaceAll("plugin.id=.*", "")));

        try (PluginHost host = PluginHost.load(plugins)) {
            assertThat(host.report().failed()).singleElement().satisfies(failed -> {
                assertThat(failed.file()).contains("mt940");
                assertThat(failed.reason()).isNotBlank();
            });
            assertTheOtherPluginStillWorks(host);
        }
    }

    @Test
    void reportsAPluginWhoseExtensionClassWillNotLoad() throws IOException {
        replaceMt940(Map.of(EXTENSIONS, text -> text + "org.coffer.plugins.mt940.NoSuchFormat\n"));

        try (PluginHost host = PluginHost.load(plugins)) {
            assertThat(host.report().failed()).singleElement().satisfies(failed -> {
                assertThat(failed.id()).isEqualTo("bank-mt940");
                assertThat(failed.reason()).contains("NoSuchFormat");
            });
            assertTheOtherPluginStillWorks(host);
        }
    }

    @Test
    void loadsEveryPluginOfTheInstallationWithItsVersionAndFormats() throws IOException {
        try (PluginHost host = PluginHost.load(plugins)) {
            assertThat(host.report().failed()).isEmpty();
            assertThat(host.report().loaded()).hasSize(zips()).allSatisfy(plugin -> {
                assertThat(plugin.version()).isNotBlank();
                assertThat(plugin.formats().size() + plugin.checkDigitSchemes().size() + plugin.ledgerExports().size())
                        .as("what %s provides", plugin.id()).isPositive();
            });
            assertThat(host.checkDigitSchemes()).extracting(scheme -> scheme.id()).contains("VERHOEFF");
            assertThat(host.ledgerExports()).extracting(LedgerExport::id).contains("backoffice-payments");
            assertThat(host.formats()).extracting(InboundFormat::id)
                    .contains("camt053", "mt940", "bai2", "allpay").doesNotHaveDuplicates();
        }
    }

    @Test
    void givesAPluginNothingOfTheHostButTheJdkPf4jSlf4jAndThePluginApi() throws ClassNotFoundException {
        try (PluginHost host = PluginHost.load(plugins)) {
            ClassLoader plugin = host.formats().get(0).getClass().getClassLoader();

            assertThat(plugin.loadClass("org.coffer.plugin.api.Money")).isSameAs(org.coffer.plugin.api.Money.class);
            assertThat(plugin.loadClass("org.pf4j.Extension")).isSameAs(org.pf4j.Extension.class);
            assertThat(plugin.loadClass("org.slf4j.Logger")).isSameAs(org.slf4j.Logger.class);
            for (String hostClass : List.of("io.javalin.Javalin", "org.duckdb.DuckDBConnection",
                    "org.jdbi.v3.core.Jdbi", "org.coffer.server.Coffer", "com.fasterxml.jackson.databind.ObjectMapper",
                    "picocli.CommandLine")) {
                assertThatThrownBy(() -> plugin.loadClass(hostClass)).as(hostClass)
                        .isInstanceOf(ClassNotFoundException.class);
            }
        }
    }

    private void replaceMt940(Map<String, UnaryOperator<String>> edits) throws IOException {
        Path broken = PluginZips.rewrite(mt940, folder.resolve("broken.zip"), edits);
        Files.move(broken, mt940, StandardCopyOption.REPLACE_EXISTING);
    }

    private void assertTheOtherPluginStillWorks(PluginHost host) throws IOException {
        assertThat(host.report().loaded()).hasSize(zips() - 1).extracting(PluginReport.LoadedPlugin::id)
                .contains("bank-camt053").doesNotContain("bank-mt940");
        assertThat(host.formats()).extracting(InboundFormat::id).contains("camt053").doesNotContain("mt940");
    }

    private int zips() throws IOException {
        try (Stream<Path> files = Files.list(plugins)) {
            return (int) files.filter(file -> file.toString().endsWith(".zip")).count();
        }
    }
}
