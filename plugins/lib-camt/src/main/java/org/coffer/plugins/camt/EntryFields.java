package org.coffer.plugins.camt;

import java.util.ArrayList;
import java.util.List;

/** The text of one {@code Ntry} as read, before any of it is checked; {@link EntryLines} turns it into lines. */
public final class EntryFields {

    final String path;
    final long line;
    String amount;
    String currency;
    String creditDebit;
    String reversal;
    String status;
    String bookingDate;
    String valueDate;
    String accountServicerReference;
    String entryReference;
    String additionalInfo;
    BankTransactionCode code = BankTransactionCode.NONE;
    /** Whether the entry declares itself a batch ({@code NtryDtls/Btch}). */
    boolean batch;
    final List<DetailFields> details = new ArrayList<>(1);

    EntryFields(String path, long line) {
        this.path = path;
        this.line = line;
    }

    /** The entry's currency as written ({@code Amt@Ccy}), or null when it gives none. */
    public String currency() {
        return currency;
    }
}
