package org.coffer.plugins.standard18;

import java.time.LocalDate;
import java.util.Set;

/**
 * One Standard 18 data record: 100 characters, or 106 in a multi-day file whose last six hold the record's
 * processing day. Positions, counted from 1: destination sort code 1-6, account 7-14, account type 15, transaction
 * code 16-17, originating sort code 18-23, account 24-31, free format 32-35, amount in pence 36-46, originator's
 * name 47-64, reference 65-82, destination name 83-100, processing day 101-106 ({@code " YYDDD"}).
 */
record DataRecord(String destinationSortCode, String destinationAccount, String transactionCode,
        String originatingSortCode, String originatingAccount, long pence, String reference, String destinationName,
        LocalDate processingDay) {

    /** First collection, collection, re-presentation and final collection of a direct debit. */
    static final Set<String> COLLECTIONS = Set.of("01", "17", "18", "19");
    /** A credit: to a payee, or the contra that credits the council with a collection file's total. */
    static final String CREDIT = "99";
    /** A new, cancelled or converted instruction: no money. */
    static final Set<String> INSTRUCTIONS = Set.of("0N", "0C", "0S");

    /**
     * Whether the record is to the originator's own account: the contra that balances a batch, crediting the
     * council with its collections ({@code 99}) or debiting it with its credits ({@code 17}).
     */
    boolean isContra() {
        return destinationSortCode.equals(originatingSortCode) && destinationAccount.equals(originatingAccount);
    }

    /** The council's account the file collects into, as sort code and number. */
    String originator() {
        return originatingSortCode + " " + originatingAccount;
    }
}
