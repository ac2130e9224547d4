package org.coffer.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coffer.server.config.PluginCheckDigitScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check-digit schemes from real plugin folders, loaded by PF4J through the host as a council's server loads them. */
class PluginHostCheckDigitSchemesTest {

    @TempDir
    Path plugins;

    @Test
    void aPluginsSchemeIsLoadedAndReportedWithItsPlugin() {
        TestingPluginFolders.write(plugins, "check-mod97", TestingMod97Scheme.class);

        try (PluginHost host = PluginHost.load(plugins)) {
            assertThat(host.report().failed()).isEmpty();
            assertThat(host.report().loaded()).singleElement().satisfies(plugin -> {
                assertThat(plugin.id()).isEqualTo("check-mod97");
                assertThat(plugin.checkDigitSchemes()).containsExactly("MOD97");
                assertThat(plugin.formats()).isEmpty();
            });
            assertThat(host.checkDigitSchemes()).singleElement().satisfies(scheme -> {
                assertThat(scheme.pluginId()).isEqualTo("check-mod97");
                assertThat(scheme.id()).isEqualTo("MOD97");
                assertThat(scheme.accepts("3214282912345698765432161182", 0)).isTrue();
                assertThat(scheme.getClass()).isEqualTo(PluginCheckDigitScheme.class);
                assertThat(scheme.scheme().getClass().getClassLoader())
                        .isNotSameAs(TestingMod97Scheme.class.getClassLoader());
            });
        }
    }

    @Test
    void aSecondPluginWithTheSameSchemeIdFailsNamingTheFirst() {
        TestingPluginFolders.write(plugins, "check-a", TestingMod97Scheme.class);
        TestingPluginFolders.write(plugins, "check-b", TestingMod97Scheme.class);

        try (PluginHost host = PluginHost.load(plugins)) {
            assertThat(host.report().loaded()).hasSize(1);
            String first = host.report().loaded().get(0).id();
            assertThat(host.report().failed()).singleElement().satisfies(failed -> {
                assertThat(failed.id()).isNotEqualTo(first);
                assertThat(failed.reason())
                        .isEqualTo("its check-digit scheme id 'MOD97' is already provided by plugin " + first);
            });
            assertThat(host.checkDigitSchemes()).extracting(PluginCheckDigitScheme::pluginId).containsExactly(first);
        }
    }

    @Test
    void aSchemeIdNoReferenceRuleCouldNameFailsThePlugin() {
        TestingPluginFolders.write(plugins, "check-bad", TestingBadIdScheme.class);

        try (PluginHost host = PluginHost.load(plugins)) {
            assertThat(host.report().loaded()).isEmpty();
            assertThat(host.report().failed()).singleElement().satisfies(failed -> assertThat(failed.reason())
                    .isEqualTo("its check-digit scheme id 'MOD 97, BUT WRONG' is not 1 to 40 letters, digits, - or _"));
            assertThat(host.checkDigitSchemes()).isEmpty();
        }
    }
}
