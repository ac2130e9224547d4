package org.coffer.plugins.checkdigit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verhoeff against the published examples (Verhoeff 1969; Gallian, "Error Detection Methods", 1996). */
class VerhoeffSchemeTest {

    private final VerhoeffScheme scheme = new VerhoeffScheme();

    @ParameterizedTest(name = "{0} takes check digit {1}")
    @CsvSource({"236, 3", "12345, 1", "142857, 0", "123456789012, 0", "8473643095483728456789, 2"})
    void computesThePublishedCheckDigits(String digits, char check) {
        assertThat(VerhoeffScheme.checkDigit(digits)).isEqualTo(check);
        assertThat(scheme.check(digits + check)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2364", "2633", "123415", "1428507"})
    void refusesAWrongDigitAndASwapOfNeighbours(String reference) {
        assertThat(scheme.accepts(reference)).isFalse();
    }

    @Test
    void saysWhichDigitItExpected() {
        assertThat(scheme.check("2364")).contains("has check digit 4, where VERHOEFF expects 3");
        assertThat(scheme.check("23A3")).contains("has 'A' at position 3, where VERHOEFF takes digits only");
        assertThat(scheme.check("2")).get().asString().startsWith("is too short");
    }
}
