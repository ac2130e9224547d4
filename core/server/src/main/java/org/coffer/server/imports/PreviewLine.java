package org.coffer.server.imports;

import java.time.LocalDate;

/**
 * One line of a file as it would be stored, for a person to check before importing.
 *
 * @param where the line or element of the file it came from
 * @param fund the fund it would be posted to, or empty when it is not income
 */
public record PreviewLine(String where, LocalDate valueDate, long signedPence, String currency, String kind,
        String channel, String reference, String payer, String fund, String reason) {
}
