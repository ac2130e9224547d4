package org.coffer.plugins.ledgertext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import org.coffer.plugin.api.ledger.JournalLine;
import org.coffer.plugin.api.ledger.LineRole;
import org.junit.jupiter.api.Test;

class LineValueTest {

    private static final JournalLine LINE = new JournalLine(2, LineRole.INCOME, "R1001", "CC100", 0, 500, "OS",
            "Council tax", "CTAX", "CT123", LocalDate.of(2025, 6, 30), 1, OptionalLong.of(9L),
            Map.of("service", "REV"));

    @Test
    void namesTheLinesFieldsItsFundsDimensionsAndConstants() {
        assertThat(new LineValue("costCentre").of(LINE)).isEqualTo("CC100");
        assertThat(new LineValue("ledgerCode").of(LINE)).isEqualTo("R1001");
        assertThat(new LineValue("fund").of(LINE)).isEqualTo("CTAX");
        assertThat(new LineValue("vatCode").of(LINE)).isEqualTo("OS");
        assertThat(new LineValue("accountReference").of(LINE)).isEqualTo("CT123");
        assertThat(new LineValue("service").of(LINE)).isEqualTo("REV");
        assertThat(new LineValue("subjective").of(LINE)).as("a dimension the fund does not have").isEmpty();
        assertThat(new LineValue("const:100").of(LINE)).isEqualTo("100");
    }

    @Test
    void aNameWithSpacesOrPunctuationIsNotALineValue() {
        assertThat(LineValue.isValid("cost centre")).isFalse();
        assertThat(LineValue.isValid("")).isFalse();
        assertThatThrownBy(() -> new LineValue("a=b")).hasMessageContaining("'a=b' is not a line value");
    }
}
