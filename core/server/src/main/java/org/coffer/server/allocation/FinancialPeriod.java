package org.coffer.server.allocation;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;

/**
 * A UK local authority financial period: the year runs 1 April to 31 March, period 1 is April and 12 is March
 * (13 is the adjustment period, which no date falls in by itself).
 *
 * @param year the calendar year the financial year starts in: 2025 for 2025/26
 * @param period 1 to 13
 */
public record FinancialPeriod(int year, int period) {

    public FinancialPeriod {
        if (period < 1 || period > 13) {
            throw new IllegalArgumentException("period must be from 1 to 13, was " + period);
        }
    }

    public static FinancialPeriod of(LocalDate date) {
        int monthsFromApril = (date.getMonthValue() - Month.APRIL.getValue() + 12) % 12;
        int year = date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1;
        return new FinancialPeriod(year, monthsFromApril + 1);
    }

    /** The first day of the period; the adjustment period 13 shares March's last day, having no days of its own. */
    public LocalDate firstDay() {
        return period == 13 ? lastDay() : LocalDate.of(year, Month.APRIL, 1).plusMonths(period - 1L);
    }

    /** The last day of the period; for 13, the last day of the financial year. */
    public LocalDate lastDay() {
        return LocalDate.of(year, Month.APRIL, 1).plusMonths(Math.min(period, 12)).minusDays(1);
    }

    /** The period after this one in which days fall: period 13 is skipped, as no date is in it. */
    public FinancialPeriod nextDated() {
        return period >= 12 ? new FinancialPeriod(year + 1, 1) : new FinancialPeriod(year, period + 1);
    }

    /** {@code 2025/26 P3}. */
    public String label() {
        return yearLabel() + " P" + period;
    }

    /** {@code 2025/26}. */
    public String yearLabel() {
        return year + "/" + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
    }
}
