package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.coffer.plugin.api.reference.CheckDigitScheme;
import org.coffer.server.plugins.TestingMod97Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A council's reference rules naming a scheme that a plugin provides, beside the council's own. */
class PluginCheckDigitSchemeTest {

    private static final List<PluginCheckDigitScheme> MOD97 =
            List.of(new PluginCheckDigitScheme("check-mod97", new TestingMod97Scheme()));

    @TempDir
    Path dir;

    @Test
    void aRuleMayNameAPluginsSchemeWhichThenChecksTheReference() throws IOException {
        Files.writeString(TestingCouncil.writeFernley(dir).resolve(ReferenceRulesFile.NAME),
                "SUND,Sundry debtor by MOD97,5-30,digits,,,MOD97\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Fund sundry = CouncilLoader.load(dir, MOD97).requireFund("SUND");

        assertThat(sundry.ruleAccepting("3214282912345698765432161182")).map(ReferenceRule::name)
                .contains("Sundry debtor by MOD97");
        assertThat(sundry.referenceRules().get(1).failure("3214282912345698765432161183"))
                .contains("leaves 2 divided by 97, where MOD97 expects 1");
        assertThat(sundry.ruleAccepting("SD123456")).map(ReferenceRule::name).contains("Sundry debtor invoice");
    }

    @Test
    void aCouncilSchemeWithAPluginSchemesIdIsRefusedNamingThePlugin() throws IOException {
        Path schemes = TestingCouncil.writeFernley(dir).resolve(CheckDigitSchemesFile.NAME);
        Files.writeString(schemes, "MOD97,weighted-sum,97,1 1,,,no\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertThatThrownBy(() -> CouncilLoader.load(dir, MOD97)).hasMessage(schemes + ": defines scheme MOD97, "
                + "which plugin check-mod97 also provides; rename the council's scheme");
    }

    @Test
    void aPluginThatThrowsRefusesTheReferenceWithTheReason() {
        PluginCheckDigitScheme broken = new PluginCheckDigitScheme("check-broken", new CheckDigitScheme() {
            @Override
            public String id() {
                return "BROKEN";
            }

            @Override
            public String description() {
                return "throws on every reference";
            }

            @Override
            public Optional<String> check(String reference) {
                throw new IllegalStateException("no tables loaded");
            }
        });

        assertThat(broken.failure("12345", 4)).contains("could not be checked by check-digit scheme BROKEN of plugin "
                + "check-broken: IllegalStateException: no tables loaded");
    }
}
