package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The check-digit schemes, written as a council writes them, against the published examples: LocalGov IMS's
 * Barnsley demonstration data and unit tests, and the Academy worked example.
 */
class CheckDigitSchemeTest {

    private static final String SCHEMES = """
            scheme,kind,modulus,weights,prefix_substitutions,result_substitutions,subtract_from_modulus
            PCN,weighted-sum,11,9 8 7 6 5 4 3 2 1 0,BJ:05,10:A,no
            FPN,weighted-sum,11,9 8 7 6 5 4 3 2 1 0,FP:12,10:A,no
            ACADEMY,weighted-sum,10,3 7 1 3 7 1 3 7 0,,10:0,yes
            RENT,weighted-sum,10,0 0 9 7 1 4 6 3 2 8 0,,10:0,yes
            SUBSTITUTED,weighted-sum,10,2 0 3 0 4 0 5 0 0 0,AB:98,10:Z,yes
            SUBTRACTED,weighted-sum,10,9 8 7 6 5 4 3 2 1 0 0,,10:Z,yes
            REMAINDER,weighted-sum,10,9 8 7 6 5 4 3 2 1 0 0,,10:Z,no
            LIBRARY,luhn,10,2 0 2 0 2 0 2 0 2 0 2 0 2 0,,10:0,no
            """;

    private static Map<String, CheckDigitScheme> schemes;

    @BeforeAll
    static void readSchemes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("check-digit-schemes.csv");
        Files.writeString(file, SCHEMES, StandardCharsets.UTF_8);
        schemes = CheckDigitSchemesFile.read(file);
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource({
        "PCN, BJ9951434A", "PCN, BJ99514805", "PCN, BJ99518409",
        "FPN, FP20000050", "FPN, FP20000061", "FPN, FP20000083", "FPN, FP20000108", "FPN, FP20000119",
        "FPN, FP2000012A", "FPN, FP20000607", "FPN, FP2000101A", "FPN, FP20352091",
        "ACADEMY, 123456780", "RENT, 61100513680",
        "SUBSTITUTED, AB1234562", "SUBTRACTED, 963456138Z", "REMAINDER, 9634561380",
        "LIBRARY, 29400012345673"})
    void acceptsThePublishedValidReferences(String scheme, String reference) {
        assertThat(schemes.get(scheme).accepts(reference, reference.length() - 1)).isTrue();
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource({"SUBSTITUTED, AB1234566", "SUBTRACTED, 9634561384", "REMAINDER, 9634561381",
        "FPN, AB12345678"})
    void refusesThePublishedInvalidReferences(String scheme, String reference) {
        assertThat(schemes.get(scheme).accepts(reference, reference.length() - 1)).isFalse();
    }

    @ParameterizedTest(name = "{0} refuses {1} with any other check character")
    @CsvSource({"PCN, BJ9951434A", "FPN, FP2000101A", "ACADEMY, 123456780", "RENT, 61100513680",
        "SUBSTITUTED, AB1234562", "SUBTRACTED, 963456138Z", "REMAINDER, 9634561380", "LIBRARY, 29400012345673"})
    void refusesEveryOtherCheckCharacter(String scheme, String reference) {
        String body = reference.substring(0, reference.length() - 1);
        for (char check : "0123456789AZ".toCharArray()) {
            if (check != reference.charAt(reference.length() - 1)) {
                assertThat(schemes.get(scheme).accepts(body + check, body.length())).as(body + check).isFalse();
            }
        }
    }

    @Test
    void aResultWithoutASubstitutionCanNeverBeCarried() {
        ComputedCheckDigitScheme scheme = new WeightedSumScheme("BARE", 11, List.of(10, 0), Map.of(), Map.of(), false);

        assertThat(scheme.expectedCheck("1X", 1)).isEqualTo("10");
        assertThat(scheme.accepts("1X", 1)).isFalse();
        assertThat(scheme.accepts("11", 1)).isFalse();
    }

    @Test
    void theDemoCouncilShipsTheCommonSchemes(@TempDir Path dir) {
        Map<String, CheckDigitScheme> fernley = CheckDigitSchemesFile.read(
                TestingCouncil.writeFernley(dir).resolve(CheckDigitSchemesFile.NAME));

        assertThat(fernley).containsOnlyKeys("ACADEMY", "RENT", "PENALTY", "LIBRARY");
        assertThat(fernley.get("ACADEMY").accepts("123456780", 8)).isTrue();
        assertThat(fernley.get("RENT").accepts("61100513680", 10)).isTrue();
        assertThat(fernley.get("PENALTY").accepts("FP2000101A", 9)).isTrue();
        assertThat(fernley.get("LIBRARY").accepts("29400012345673", 13)).isTrue();
    }
}
