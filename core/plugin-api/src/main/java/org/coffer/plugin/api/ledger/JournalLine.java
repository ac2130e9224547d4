package org.coffer.plugin.api.ledger;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One line of a journal: an amount on one ledger code and cost centre, either a debit or a credit, never both, in
 * the journal's currency. Amounts are never negative; a plugin whose system wants signed amounts makes credits
 * negative itself.
 *
 * @param number           the line's place in its journal, from 1
 * @param role             why the line is there; see {@link LineRole}
 * @param ledgerCode       the finance system's account code, such as {@code R1001}
 * @param costCentre       the cost centre, or empty where the council's ledger has none for the code
 * @param debitPence       the debit in pence, or 0 for a credit line
 * @param creditPence      the credit in pence, or 0 for a debit line
 * @param vatCode          the fund's VAT code on income and VAT lines, such as {@code SR}, {@code EX} or {@code OS};
 *                         empty on bank and suspense lines
 * @param narrative        a short text a person reads in the ledger
 * @param fundCode         the Coffer fund the line posts, such as {@code CTAX}; empty on bank and VAT lines
 * @param accountReference the payer's account reference on a detailed line; empty on a summarised line
 * @param effectiveDate    the date the money is effective: the receipt's on a detailed line, the journal's on a
 *                         summarised one
 * @param receiptCount     how many receipts the line stands for
 * @param receiptId        the receipt behind a detailed line; empty on a summarised one
 * @param dimensions       the fund's further analysis codes from the council's configuration (such as
 *                         {@code service=REV}), for systems with more dimensions than a cost centre
 */
public record JournalLine(
        long number,
        LineRole role,
        String ledgerCode,
        String costCentre,
        long debitPence,
        long creditPence,
        String vatCode,
        String narrative,
        String fundCode,
        String accountReference,
        LocalDate effectiveDate,
        long receiptCount,
        OptionalLong receiptId,
        Map<String, String> dimensions) {

    public JournalLine {
        requireNonNull(role, "role is null");
        requireNonNull(ledgerCode, "ledgerCode is null");
        requireNonNull(effectiveDate, "effectiveDate is null");
        requireNonNull(receiptId, "receiptId is null");
        if (ledgerCode.isBlank()) {
            throw new IllegalArgumentException("line " + number + " has no ledger code");
        }
        if (debitPence < 0 || creditPence < 0 || (debitPence == 0) == (creditPence == 0)) {
            throw new IllegalArgumentException("line " + number + " must have a debit or a credit, and not both");
        }
        costCentre = costCentre == null ? "" : costCentre;
        vatCode = vatCode == null ? "" : vatCode;
        narrative = narrative == null ? "" : narrative;
        fundCode = fundCode == null ? "" : fundCode;
        accountReference = accountReference == null ? "" : accountReference;
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
    }

    public boolean isDebit() {
        return debitPence > 0;
    }

    /** The amount with debits positive and credits negative, for systems that write one signed column. */
    public long signedPence() {
        return debitPence - creditPence;
    }
}
