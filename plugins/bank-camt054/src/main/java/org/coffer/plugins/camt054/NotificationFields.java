package org.coffer.plugins.camt054;

/** The text of one {@code Ntfctn}'s own elements as read, before any of it is checked. */
final class NotificationFields {

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
    final Totals allEntries = new Totals();
    final Totals creditEntries = new Totals();
    final Totals debitEntries = new Totals();

    NotificationFields(String path, long line) {
        this.path = path;
        this.line = line;
    }
}
