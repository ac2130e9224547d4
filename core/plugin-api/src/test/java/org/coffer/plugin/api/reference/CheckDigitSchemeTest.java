package org.coffer.plugin.api.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckDigitSchemeTest {

    /** The last digit is the sum of the others modulo 10: the smallest scheme there is. */
    private static final class DigitSum implements CheckDigitScheme {

        @Override
        public String id() {
            return "DIGIT-SUM";
        }

        @Override
        public String description() {
            return "the last digit is the sum of the others, modulo 10";
        }

        @Override
        public Optional<String> check(String reference) {
            int sum = 0;
            for (int i = 0; i < reference.length() - 1; i++) {
                sum += reference.charAt(i) - '0';
            }
            char expected = (char) ('0' + sum % 10);
            char actual = reference.charAt(reference.length() - 1);
            return actual == expected ? Optional.empty()
                    : Optional.of("has check digit " + actual + ", where DIGIT-SUM expects " + expected);
        }
    }

    private final CheckDigitScheme scheme = new DigitSum();

    @Test
    void acceptsExactlyTheReferencesItFindsNoFaultWith() {
        assertThat(scheme.accepts("12340")).isTrue();
        assertThat(scheme.accepts("12346")).isFalse();
        assertThat(scheme.check("12346")).contains("has check digit 6, where DIGIT-SUM expects 0");
    }
}
