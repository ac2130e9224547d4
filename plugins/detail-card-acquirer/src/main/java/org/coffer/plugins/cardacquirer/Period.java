package org.coffer.plugins.cardacquirer;

import java.time.LocalDate;

/**
 * The days a merchant file covers, from the line before its header: {@code Transaction Date 01 Jun 2016 - 30 Jun
 * 2016}. They make the file's statement identity, so that the same month downloaded twice is recognised.
 */
record Period(LocalDate from, LocalDate to) {

    private static final String PREFIX = "Transaction Date ";

    static final Period NONE = new Period(null, null);

    static boolean isPreamble(String line) {
        return line.strip().regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    static Period parse(String line) throws InvalidFieldException {
        String range = line.strip().substring(PREFIX.length());
        int dash = range.indexOf(" - ");
        if (dash < 0) {
            throw new InvalidFieldException("Transaction Date", CardAcquirerErrorCode.BARCLAYCARD_BAD_VALUE,
                    "'" + line.strip() + "' is not a period such as Transaction Date 01 Jun 2016 - 30 Jun 2016");
        }
        MerchantDate dates = new MerchantDate();
        LocalDate from = dates.parse("Transaction Date", range.substring(0, dash));
        LocalDate to = dates.parse("Transaction Date", range.substring(dash + 3));
        if (to.isBefore(from)) {
            throw new InvalidFieldException("Transaction Date", CardAcquirerErrorCode.BARCLAYCARD_BAD_VALUE,
                    "the period ends (" + to + ") before it starts (" + from + ")");
        }
        return new Period(from, to);
    }

    /** {@code 2016-06-01/2016-06-30}, or empty when the file gives no period. */
    String sequence() {
        return from == null ? "" : from + "/" + to;
    }
}
