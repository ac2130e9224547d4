package org.coffer.plugin.api.ledger;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.coffer.plugin.api.Money;

/**
 * What a journal is: which export run it belongs to, which bank account and financial period it posts, its date and
 * its totals. Debits always equal credits: the constructor refuses a journal that does not balance.
 *
 * @param runNumber     the export run, numbered from 1 by the application; the same for every journal of one file
 * @param journalNumber the journal's place in the run, from 1
 * @param bankAccount   the council's code for the bank account whose income this is, such as {@code MAIN}
 * @param journalDate   the date the journal posts on: the last day of the run that falls in its period
 * @param financialYear the year the financial year starts in: 2025 for 2025/26
 * @param period        1 (the first month of the financial year) to 12, or 13 for year-end adjustments
 * @param currency      the ISO 4217 code of every amount in the journal
 * @param description   a line a person reads in the finance system, such as {@code Coffer income MAIN 2025/26 P3}
 * @param reversal      whether the journal reverses an earlier run's journal, line for line
 * @param lineCount     how many lines {@link Journal#lines()} gives
 * @param debitPence    the sum of the lines' debits
 * @param creditPence   the sum of the lines' credits, equal to the debits
 */
public record JournalHeader(
        long runNumber,
        int journalNumber,
        String bankAccount,
        LocalDate journalDate,
        int financialYear,
        int period,
        String currency,
        String description,
        boolean reversal,
        long lineCount,
        long debitPence,
        long creditPence) {

    public JournalHeader {
        requireNonNull(bankAccount, "bankAccount is null");
        requireNonNull(journalDate, "journalDate is null");
        requireNonNull(description, "description is null");
        Money.zero(currency);
        if (runNumber < 1 || journalNumber < 1) {
            throw new IllegalArgumentException("run and journal numbers start at 1");
        }
        if (period < 1 || period > 13) {
            throw new IllegalArgumentException("period must be 1 to 13, was " + period);
        }
        if (lineCount < 2 || debitPence < 0 || creditPence < 0) {
            throw new IllegalArgumentException("a journal has at least two lines and non-negative totals");
        }
        if (debitPence != creditPence) {
            throw new IllegalArgumentException("journal " + journalNumber + " of run " + runNumber
                    + " does not balance: debits " + Money.of(debitPence, currency)
                    + ", credits " + Money.of(creditPence, currency));
        }
    }

    /** The journal's value: its debits, which equal its credits. */
    public Money total() {
        return Money.of(debitPence, currency);
    }
}
