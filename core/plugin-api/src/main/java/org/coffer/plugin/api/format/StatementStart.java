package org.coffer.plugin.api.format;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.coffer.plugin.api.Location;

/**
 * The opening of a statement, or of a batch in a detail file. Together, account, sequence number and dates
 * identify a statement, so that the same statement arriving in another file is recognised.
 *
 * @param location where the statement starts in the file
 * @param account the bank account as the file writes it (IBAN, sort code and number, or a settler's merchant id)
 * @param sequence the statement's or batch's own number in the file ({@code :28C:}, {@code ElctrncSeqNb}, a batch
 *     id), or empty when the file gives none
 * @param currency the ISO 4217 currency of the account
 * @param from the first day the statement covers, or {@code null} when the file does not say
 * @param to the last day the statement covers, or {@code null} when the file does not say
 */
public record StatementStart(Location location, String account, String sequence, String currency, LocalDate from,
        LocalDate to) {

    public StatementStart {
        requireNonNull(location, "location is null");
        requireNonNull(account, "account is null");
        requireNonNull(currency, "currency is null");
        sequence = sequence == null ? "" : sequence;
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("statement ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
