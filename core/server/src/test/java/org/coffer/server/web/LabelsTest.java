package org.coffer.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Codes become words people read; in Turkish, naive lower-casing would turn I into a dotless ı. */
class LabelsTest {

    private final Locale original = Locale.getDefault();

    @BeforeEach
    void turkishLocale() {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @ParameterizedTest(name = "{0} is ''{1}''")
    @CsvSource(textBlock = """
            FASTER_PAYMENT, Faster payment
            DIRECT_DEBIT,   Direct debit
            BANK_CHARGE,    Bank charge
            CASH,           Cash
            INTERNAL_TRANSFER, Internal transfer
            """)
    void aCodeReadsAsWords(String code, String label) {
        assertThat(Labels.of(code)).isEqualTo(label);
    }

    @Test
    void anEmptyCodeStaysEmpty() {
        assertThat(Labels.of("")).isEmpty();
    }
}
