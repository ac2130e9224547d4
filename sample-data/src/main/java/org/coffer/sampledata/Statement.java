package org.coffer.sampledata;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One day's statement for one account, with balances that reconcile: opening + credits - debits = closing.
 *
 * @param sequence the statement number, unique for the account
 * @param date the booking day
 * @param currency the account's currency
 * @param openingPence the balance before the first entry, negative when overdrawn
 * @param entries the money lines in booking order
 * @param creditPence the sum of the credit entries
 * @param debitPence the sum of the debit entries, unsigned
 */
record Statement(int sequence, LocalDate date, String currency, long openingPence, List<StatementEntry> entries,
        long creditPence, long debitPence) {

    Statement {
        requireNonNull(date, "date is null");
        requireNonNull(currency, "currency is null");
        entries = List.copyOf(entries);
    }

    static Statement of(int sequence, LocalDate date, String currency, long openingPence,
            List<StatementEntry> entries) {
        long credits = 0;
        long debits = 0;
        for (StatementEntry entry : entries) {
            if (entry.credit()) {
                credits += entry.pence();
            } else {
                debits += entry.pence();
            }
        }
        return new Statement(sequence, date, currency, openingPence, entries, credits, debits);
    }

    long closingPence() {
        return openingPence + creditPence - debitPence;
    }

    int creditCount() {
        int count = 0;
        for (StatementEntry entry : entries) {
            count += entry.credit() ? 1 : 0;
        }
        return count;
    }
}
