package org.coffer.plugins.cardacquirer;

import java.time.LocalDate;
import org.coffer.plugins.csv.ShortMonthDates;

/** A date as the merchant file writes it, {@code 10 Jun 2016}, or the row's problem when a cell is not one. */
final class MerchantDate {

    private final ShortMonthDates dates = new ShortMonthDates("10 Jun 2016");

    LocalDate parse(String field, String cell) throws InvalidFieldException {
        try {
            return dates.parse(cell);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, CardAcquirerErrorCode.BARCLAYCARD_BAD_VALUE, e.getMessage());
        }
    }
}
