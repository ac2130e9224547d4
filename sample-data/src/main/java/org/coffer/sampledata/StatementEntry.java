package org.coffer.sampledata;

import static java.util.Objects.requireNonNull;

/**
 * One line to write on a statement: the truth a reader must give back, plus what only the writers need.
 *
 * @param line what the reader must read back, and what the payment really was
 * @param type how the bank booked it
 * @param counterparty the payer's (or, for a debit, the payee's) name, empty for bank charges
 * @param bankReference the bank's own unique reference for the line
 */
record StatementEntry(ExpectedLine line, TransactionType type, String counterparty, String bankReference) {

    StatementEntry {
        requireNonNull(line, "line is null");
        requireNonNull(type, "type is null");
        requireNonNull(counterparty, "counterparty is null");
        requireNonNull(bankReference, "bankReference is null");
    }

    /** The amount without its sign. */
    long pence() {
        return Math.abs(line.signedPence());
    }

    boolean credit() {
        return line.signedPence() >= 0;
    }
}
