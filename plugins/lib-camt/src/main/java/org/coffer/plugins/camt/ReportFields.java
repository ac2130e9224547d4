package org.coffer.plugins.camt;

/** The text of one report's own elements ({@code Stmt}, {@code Ntfctn}) as read, before any of it is checked. */
final class ReportFields {

    /** One {@code Bal} as read. */
    static final class Balance {
        final int number;
        final long line;
        String type;
        String amount;
        String currency;
        String creditDebit;
        String date;

        Balance(int number, long line) {
            this.number = number;
            this.line = line;
        }
    }

    /** The count and sum of one part of {@code TxsSummry}. */
    static final class Totals {
        String count;
        String sum;
    }

    final String path;
    final long line;
    String id;
    String electronicSequence;
    String legalSequence;
    String fromDateTime;
    String toDateTime;
    String iban;
    String otherAccountId;
    String accountCurrency;
    Balance opening;
    Balance previouslyClosed;
    Balance closing;
    final Totals allEntries = new Totals();
    final Totals creditEntries = new Totals();
    final Totals debitEntries = new Totals();

    ReportFields(String path, long line) {
        this.path = path;
        this.line = line;
    }

    /** The opening balance: {@code OPBD}, or else the previous statement's closing {@code PRCD}; none in notifications. */
    Balance openingBalance() {
        return opening != null ? opening : previouslyClosed;
    }
}
