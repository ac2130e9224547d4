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

    /** {@code 2025/26}. */
    public String yearLabel() {
        return year + "/" + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
    }
}
