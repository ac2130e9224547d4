package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankingDaysTest {

    @Test
    void knowsTheEnglandAndWalesBankHolidaysOf2025() {
        assertThat(BankingDays.bankHolidays(2025)).containsExactlyInAnyOrder(
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21),
                LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25),
                LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26));
    }

    @Test
    void movesHolidaysThatFallAtAWeekendToTheNextFreeWeekday() {
        // Christmas 2021 was a Saturday: Christmas moved to Monday 27th and Boxing Day to Tuesday 28th.
        assertThat(BankingDays.bankHolidays(2021)).contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28))
                .doesNotContain(LocalDate.of(2021, 12, 25));
        // New Year's Day 2022 was a Saturday.
        assertThat(BankingDays.bankHolidays(2022)).contains(LocalDate.of(2022, 1, 3));
        // Christmas 2022 was a Sunday: Boxing Day stays on Monday 26th, Christmas moves to Tuesday 27th.
        assertThat(BankingDays.bankHolidays(2022)).contains(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
    }

    @Test
    void computesEasterForAnyYear() {
        assertThat(BankingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(BankingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(BankingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(BankingDays.bankHolidays(2026)).contains(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6));
    }

    @Test
    void includesTheOneOffRoyalHolidays() {
        assertThat(BankingDays.bankHolidays(2020)).contains(LocalDate.of(2020, 5, 8))
                .doesNotContain(LocalDate.of(2020, 5, 4));
        assertThat(BankingDays.bankHolidays(2022)).contains(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                LocalDate.of(2022, 9, 19)).doesNotContain(LocalDate.of(2022, 5, 30));
    }

    @Test
    void bookingDaysSkipWeekendsAndHolidays() {
        assertThat(BankingDays.isBankingDay(LocalDate.of(2025, 4, 17))).isTrue();
        assertThat(BankingDays.isBankingDay(LocalDate.of(2025, 4, 19))).isFalse();
        assertThat(BankingDays.onOrAfter(LocalDate.of(2025, 4, 18))).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(BankingDays.onOrAfter(LocalDate.of(2025, 12, 24))).isEqualTo(LocalDate.of(2025, 12, 24));
        assertThat(BankingDays.onOrAfter(LocalDate.of(2025, 12, 25))).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void countsBankingDaysAfterAnyDay() {
        assertThat(BankingDays.after(LocalDate.of(2025, 4, 17), 1)).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(BankingDays.after(LocalDate.of(2025, 4, 12), 2)).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(BankingDays.after(LocalDate.of(2025, 5, 3), 1)).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(BankingDays.after(LocalDate.of(2025, 4, 7), 0)).isEqualTo(LocalDate.of(2025, 4, 7));
    }
}
