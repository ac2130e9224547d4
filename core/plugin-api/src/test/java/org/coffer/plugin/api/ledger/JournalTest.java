package org.coffer.plugin.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class JournalTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    @Test
    void aJournalWhoseDebitsAndCreditsDifferIsRefusedNamingBoth() {
        assertThatThrownBy(() -> header(10_000, 9_999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not balance")
                .hasMessageContaining("GBP 100.00")
                .hasMessageContaining("GBP 99.99");
    }

    @Test
    void aBalancedJournalGivesItsTotal() {
        assertThat(header(10_000, 10_000).total().pence()).isEqualTo(10_000);
    }

    @Test
    void aLineIsADebitOrACreditAndNeverBoth() {
        assertThatThrownBy(() -> line(500, 500)).hasMessageContaining("not both");
        assertThatThrownBy(() -> line(0, 0)).hasMessageContaining("a debit or a credit");
        assertThatThrownBy(() -> line(-500, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignedAmountMakesCreditsNegative() {
        assertThat(line(0, 1_250).signedPence()).isEqualTo(-1_250);
        assertThat(line(1_250, 0).signedPence()).isEqualTo(1_250);
        assertThat(line(1_250, 0).isDebit()).isTrue();
    }

    private static JournalHeader header(long debits, long credits) {
        return new JournalHeader(1, 1, "MAIN", DAY, 2025, 3, "GBP", "Coffer income MAIN 2025/26 P3", false, 2,
                debits, credits);
    }

    private static JournalLine line(long debit, long credit) {
        return new JournalLine(1, LineRole.INCOME, "R1001", "CC100", debit, credit, "OS", "Council tax", "CTAX", "",
                DAY, 12, OptionalLong.empty(), Map.of("service", "REV"));
    }
}
