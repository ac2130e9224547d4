package org.coffer.plugins.camt;

import java.util.ArrayList;
import java.util.List;

/** The text of one {@code TxDtls} as read, before any of it is checked. */
public final class DetailFields {

    /** The detail's number within its entry, counted across all of the entry's {@code NtryDtls}. */
    final int number;
    final long line;
    /** {@code TxDtls/Amt} (versions 3 and later) or else {@code AmtDtls/TxAmt/Amt}. */
    String amount;
    String currency;
    String creditDebit;
    String endToEndId;
    String accountServicerReference;
    String creditorReference;
    String debtorName;
    String creditorName;
    String additionalInfo;
    final List<String> unstructured = new ArrayList<>(1);
    BankTransactionCode code = BankTransactionCode.NONE;

    DetailFields(int number, long line) {
        this.number = number;
        this.line = line;
    }
}
