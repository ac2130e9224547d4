package org.coffer.server.reconciliation;

import java.time.LocalDate;

/**
 * One bank account's day, from its statement: the opening balance, plus the payments Coffer posted from the day's
 * lines, plus the settlements, plus fees and other lines (debits negative), against the statement's closing balance.
 *
 * @param statementId the statement the day is read from
 * @param paymentsPence what the postings of the day's payment and reversal lines add up to now
 * @param settlementsPence the day's settlement lines, credits less debits
 * @param otherPence the day's fee and other lines, credits less debits
 * @param closingPence the closing balance the statement states
 * @param differencePence the stated closing balance less opening + payments + settlements + other
 * @param unmatchedSettlements the day's settlement lines not matched to detail, proposals included
 * @param unmatchedSettlementPence their total
 */
public record DayBalance(String bankAccount, LocalDate day, long statementId, long openingPence, long paymentsPence,
        long settlementsPence, long otherPence, long closingPence, long differencePence, long unmatchedSettlements,
        long unmatchedSettlementPence) {

    /** What the cash book says the balance should be. */
    public long cashBookPence() {
        return openingPence + paymentsPence + settlementsPence + otherPence;
    }

    public boolean balances() {
        return differencePence == 0;
    }
}
