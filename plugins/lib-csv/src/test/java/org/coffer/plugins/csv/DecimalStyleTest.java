package org.coffer.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecimalStyleTest {

    @Test
    void readsUkAmountsInEveryWayBanksWriteThem() {
        assertThat(DecimalStyle.UK.pence("1,234.56")).isEqualTo(123_456);
        assertThat(DecimalStyle.UK.pence("1234.5")).isEqualTo(123_450);
        assertThat(DecimalStyle.UK.pence(".42")).isEqualTo(42);
        assertThat(DecimalStyle.UK.pence("-1.42")).isEqualTo(-142);
        assertThat(DecimalStyle.UK.pence("1.42-")).isEqualTo(-142);
        assertThat(DecimalStyle.UK.pence("(1,000.00)")).isEqualTo(-100_000);
        assertThat(DecimalStyle.UK.pence(" £10 ")).isEqualTo(1_000);
    }

    @Test
    void readsEuropeanMarksAndWholePence() {
        DecimalStyle european = new DecimalStyle(',', '.', false);
        assertThat(european.pence("1.234,56")).isEqualTo(123_456);
        assertThat(new DecimalStyle('.', (char) 0, true).pence("123456")).isEqualTo(123_456);
    }

    @Test
    void refusesWhatCannotBeHeldExactlyOrIsNotAnAmount() {
        for (String bad : new String[] {"", "1.234", "12,34.00", "1e3", "12.3x", "1,2345.00", "£", "--1"}) {
            assertThatThrownBy(() -> DecimalStyle.UK.pence(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not an amount such as -1,234.56");
        }
    }
}
