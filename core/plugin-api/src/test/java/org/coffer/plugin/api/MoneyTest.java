package org.coffer.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesDecimalsExactlyToPence() {
        assertThat(Money.parse("1234.5", "GBP")).isEqualTo(Money.gbp(123450));
        assertThat(Money.parse("-0.07", "EUR")).isEqualTo(Money.of(-7, "EUR"));
        assertThat(Money.parse(" 12 ", "GBP").pence()).isEqualTo(1200);
        assertThat(Money.parse("12.300", "GBP").pence()).isEqualTo(1230);
    }

    @Test
    void refusesAmountsThatCannotBeHeldExactly() {
        assertThatThrownBy(() -> Money.parse("1.005", "GBP"))
                .hasMessage("'1.005' has more than two decimal places");
        assertThatThrownBy(() -> Money.parse("1,00", "GBP")).hasMessage("'1,00' is not a decimal amount");
        assertThatThrownBy(() -> Money.parse("99999999999999999999", "GBP"))
                .hasMessage("'99999999999999999999' is too large an amount");
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.gbp(1).plus(Money.of(1, "EUR")))
                .hasMessage("cannot combine GBP 0.01 with EUR 0.01: currencies differ");
    }

    @Test
    void printsTheSameWhateverTheDefaultLocale() {
        assertThat(Money.gbp(-123456).toString()).isEqualTo("GBP -1234.56");
    }

    @Test
    void refusesAnInvalidCurrencyCode() {
        assertThatThrownBy(() -> Money.of(1, "gbp"))
                .hasMessage("currency must be a three-letter ISO 4217 code, was 'gbp'");
    }
}
