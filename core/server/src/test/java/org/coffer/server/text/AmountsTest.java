package org.coffer.server.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts read the UK way even when the machine's locale groups and marks decimals differently. */
class AmountsTest {

    private final Locale original = Locale.getDefault();

    @BeforeEach
    void turkishLocale() {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            123456       | GBP | £1,234.56
            -1200        | GBP | -£12.00
            1050         | EUR | EUR 10.50
            -1050        | EUR | -EUR 10.50
            0            | GBP | £0.00
            5            | GBP | £0.05
            123456789012 | GBP | £1,234,567,890.12
            """)
    void moneyIsWrittenAsAUkFinanceOfficeReadsIt(long pence, String currency, String text) {
        assertThat(Amounts.format(pence, currency)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0       | 0
            999     | 999
            1234567 | 1,234,567
            """)
    void countsAreGroupedInThousands(long value, String text) {
        assertThat(Amounts.count(value)).isEqualTo(text);
    }
}
