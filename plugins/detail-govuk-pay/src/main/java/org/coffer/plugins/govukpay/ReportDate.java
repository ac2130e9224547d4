package org.coffer.plugins.govukpay;

import java.time.LocalDate;
import org.coffer.plugins.csv.ShortMonthDates;

/** A date as the report writes it, {@code 14 Aug 2020}, or the row's problem when a cell is not one. */
final class ReportDate {

    private final ShortMonthDates dates = new ShortMonthDates("14 Aug 2020");

    LocalDate parse(String field, String cell) throws InvalidFieldException {
        try {
            return dates.parse(cell);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, GovUkPayErrorCode.GOVUK_PAY_BAD_VALUE, e.getMessage());
        }
    }
}
