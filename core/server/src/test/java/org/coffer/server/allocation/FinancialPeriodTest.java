package org.coffer.server.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinancialPeriodTest {

    @ParameterizedTest(name = "{0} is {1} period {2}")
    @CsvSource(textBlock = """
            2025-04-01, 2025, 1
            2025-04-30, 2025, 1
            2025-05-01, 2025, 2
            2025-12-31, 2025, 9
            2026-01-01, 2025, 10
            2026-02-28, 2025, 11
            2026-03-31, 2025, 12
            2024-02-29, 2023, 11
            """)
    void aDateFallsInTheFinancialYearStartingInApril(LocalDate date, int year, int period) {
        assertThat(FinancialPeriod.of(date)).isEqualTo(new FinancialPeriod(year, period));
    }

    @Test
    void theFirstOfAprilStartsANewYear() {
        assertThat(FinancialPeriod.of(LocalDate.of(2026, 3, 31))).isEqualTo(new FinancialPeriod(2025, 12));
        assertThat(FinancialPeriod.of(LocalDate.of(2026, 4, 1))).isEqualTo(new FinancialPeriod(2026, 1));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            2025, 2025/26
            2009, 2009/10
            1999, 1999/00
            """)
    void theYearIsLabelledAsCouncilsWriteIt(int year, String label) {
        assertThat(new FinancialPeriod(year, 1).yearLabel()).isEqualTo(label);
    }

    @Test
    void periodsRunFromOneToThirteen() {
        assertThat(new FinancialPeriod(2025, 13).period()).isEqualTo(13);
        assertThatThrownBy(() -> new FinancialPeriod(2025, 14))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be from 1 to 13, was 14");
        assertThatThrownBy(() -> new FinancialPeriod(2025, 0)).hasMessageContaining("was 0");
    }

    @ParameterizedTest(name = "{0} P{1} runs {2} to {3}, then {4}")
    @CsvSource(textBlock = """
            2025, 1, 2025-04-01, 2025-04-30, 2025/26 P2
            2025, 11, 2026-02-01, 2026-02-28, 2025/26 P12
            2023, 11, 2024-02-01, 2024-02-29, 2023/24 P12
            2025, 12, 2026-03-01, 2026-03-31, 2026/27 P1
            2025, 13, 2026-03-31, 2026-03-31, 2026/27 P1
            """)
    void aPeriodHasItsDaysAndTheNextPeriodWithDays(int year, int period, LocalDate first, LocalDate last,
            String next) {
        FinancialPeriod financialPeriod = new FinancialPeriod(year, period);

        assertThat(financialPeriod.firstDay()).isEqualTo(first);
        assertThat(financialPeriod.lastDay()).isEqualTo(last);
        assertThat(financialPeriod.nextDated().label()).isEqualTo(next);
    }
}
