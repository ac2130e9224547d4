package org.coffer.server.income;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much income found its fund by itself at import, rather than going to suspense for a person to place: as a
 * share of payments and of their value. Counted on each payment's first posting, so later work on suspense does
 * not change the figure.
 */
public record AllocationRate(long payments, long allocated, long valuePence, long allocatedPence) {

    /** {@code 91.2%} of the payments, or {@code -} when there were none. */
    public String ofPayments() {
        return percent(allocated, payments);
    }

    /** {@code 90.5%} of the value, or {@code -} when there was none. */
    public String ofValue() {
        return percent(allocatedPence, valuePence);
    }

    private static String percent(long part, long whole) {
        if (whole == 0) {
            return "-";
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP) + "%";
    }
}
