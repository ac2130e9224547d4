package org.coffer.plugins.cardacquirer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** A date as the merchant file writes it, {@code 10 Jun 2016}; the last one read is kept, since rows share their days. */
final class MerchantDate {

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private String lastText = "";
    private LocalDate lastDate;

    LocalDate parse(String field, String cell) throws InvalidFieldException {
        if (cell.equals(lastText)) {
            return lastDate;
        }
        String[] parts = cell.strip().split(" ");
        if (parts.length != 3 || parts[1].length() != 3 || !isDigits(parts[0], 1, 2) || !isDigits(parts[2], 4, 4)) {
            throw notADate(field, cell);
        }
        int month = MONTHS.indexOf(parts[1].toLowerCase(Locale.ROOT));
        if (month < 0 || month % 3 != 0) {
            throw notADate(field, cell);
        }
        try {
            lastDate = LocalDate.of(Integer.parseInt(parts[2]), month / 3 + 1, Integer.parseInt(parts[0]));
        } catch (DateTimeException e) {
            throw notADate(field, cell);
        }
        lastText = cell;
        return lastDate;
    }

    private static boolean isDigits(String text, int min, int max) {
        return text.length() >= min && text.length() <= max && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static InvalidFieldException notADate(String field, String cell) {
        return new InvalidFieldException(field, CardAcquirerErrorCode.BARCLAYCARD_BAD_VALUE,
                "'" + cell + "' is not a date such as 10 Jun 2016");
    }
}
