package org.coffer.plugins.unit4;

/**
 * The Unit4 period (an integer YYYYMM) of a Coffer financial period: the calendar month it falls in. Period 1 is the
 * financial year's first month (April when the year starts in April), so period 3 of 2025/26 is {@code 202506} and
 * period 12 is {@code 202603}. Period 13, the year-end adjustments, has no month of its own: it is written as the
 * year of the financial year's last month followed by the council's adjustment period number ({@code 202613}).
 */
final class Unit4Period {

    private Unit4Period() {
    }

    static int of(int financialYear, int period, int startMonth, int adjustmentPeriod) {
        if (period == 13) {
            int lastYear = startMonth == 1 ? financialYear : financialYear + 1;
            return lastYear * 100 + adjustmentPeriod;
        }
        int monthsFromJanuary = startMonth - 1 + period - 1;
        return (financialYear + monthsFromJanuary / 12) * 100 + monthsFromJanuary % 12 + 1;
    }
}
