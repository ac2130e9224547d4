package org.coffer.plugins.allpay;

import org.coffer.plugin.api.Money;

/**
 * The lines after the payments: a blank line, then the total amount and the number of payments Allpay put on the
 * system, each a label and a value ({@code Total Amount Updated onto System:            120.00}).
 */
final class Trailer {

    static final String TOTAL_AMOUNT = "Total Amount Updated onto System:";
    static final String TOTAL_COUNT = "Total Transactions updated onto System:";

    private Long totalPence;
    private Long count;
    private long totalLine;

    /** Whether a line is one of the trailer's labelled lines. */
    static boolean isTrailerLine(String line) {
        return startsWithLabel(line, TOTAL_AMOUNT) || startsWithLabel(line, TOTAL_COUNT);
    }

    void read(String line, long number) throws LineException {
        if (startsWithLabel(line, TOTAL_AMOUNT)) {
            totalLine = number;
            String value = line.substring(TOTAL_AMOUNT.length()).strip();
            try {
                totalPence = Money.parse(value, Money.GBP).pence();
            } catch (IllegalArgumentException e) {
                throw new LineException(AllpayErrorCode.ALLPAY_BAD_TRAILER, "total amount", "'" + value
                        + "': expected pounds and pence such as 120.00");
            }
        } else if (startsWithLabel(line, TOTAL_COUNT)) {
            String value = line.substring(TOTAL_COUNT.length()).strip();
            if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new LineException(AllpayErrorCode.ALLPAY_BAD_TRAILER, "total transactions", "'" + value
                        + "': expected the number of payments");
            }
            count = Long.parseLong(value);
        } else {
            throw new LineException(AllpayErrorCode.ALLPAY_BAD_TRAILER, "trailer", "'" + line.strip()
                    + "': expected only '" + TOTAL_AMOUNT + "' and '" + TOTAL_COUNT + "' after the blank line");
        }
    }

    boolean complete() {
        return totalPence != null && count != null;
    }

    /** The label of a trailer line not yet read. */
    String missing() {
        return totalPence == null ? TOTAL_AMOUNT : TOTAL_COUNT;
    }

    /** The number of the line that states the total amount. */
    long totalLine() {
        return totalLine;
    }

    long totalPence() {
        return totalPence;
    }

    long count() {
        return count;
    }

    /** The labels as Allpay writes them, read without regard to case. */
    private static boolean startsWithLabel(String line, String label) {
        return line.regionMatches(true, 0, label, 0, label.length());
    }
}
