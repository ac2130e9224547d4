package org.coffer.server.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void knowsEasterAndTheMayHolidaysOf2025() {
        assertThat(WorkingDays.bankHolidays(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31))).containsExactly(
                LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
                LocalDate.of(2025, 5, 26));
    }

    @Test
    void movesChristmasAtAWeekendToTheNextFreeWeekdays() {
        assertThat(WorkingDays.bankHolidays(2021)).contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28))
                .doesNotContain(LocalDate.of(2021, 12, 25));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2021, 12, 29))).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 4, 19))).isFalse();
    }
}
