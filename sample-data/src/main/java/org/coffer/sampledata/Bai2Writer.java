package org.coffer.sampledata;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes BAI2 as UK banks export it for cash management: a file header, one group per statement day holding the
 * account's header with its ledger balances and credit and debit summaries, a {@code 16} record per line and the
 * trailers with their control totals and record counts. Amounts carry two implied decimals; balances are signed,
 * line amounts are not. The payer's reference is the customer reference field and the narrative the text field.
 */
final class Bai2Writer implements StatementWriter {

    private static final String CRLF = "\r\n";
    private static final String SENDER = "LOYDGB2L";
    private static final String RECEIVER = "FERNLEYBC";

    private final Writer out;
    private final String accountId;
    private final String fileId;
    private final StringBuilder text = new StringBuilder(512);
    private final Bai2Totals file = new Bai2Totals();
    private int groups;

    Bai2Writer(Writer out, String accountId, String fileId) {
        this.out = out;
        this.accountId = accountId;
        this.fileId = fileId;
    }

    @Override
    public void write(Statement statement) throws IOException {
        if (groups == 0) {
            Decimals.appendYymmdd(text.append("01,").append(SENDER).append(',').append(RECEIVER).append(','),
                    statement.date());
            text.append(",0600,").append(fileId).append(",,,2/").append(CRLF);
            file.countRecord();
        }
        groups++;
        Bai2Totals group = new Bai2Totals();
        Decimals.appendYymmdd(text.append("02,").append(RECEIVER).append(',').append(SENDER).append(",1,"),
                statement.date());
        text.append(",2400,").append(statement.currency()).append(",2/").append(CRLF);
        group.countRecord();
        Bai2Totals account = writeAccount(statement);
        group.add(account);
        group.countRecord();
        text.append("98,").append(group.total()).append(",1,").append(group.records()).append('/').append(CRLF);
        file.add(group);
        flush();
    }

    @Override
    public void finish() throws IOException {
        file.countRecord();
        text.append("99,").append(file.total()).append(',').append(groups).append(',').append(file.records())
                .append('/').append(CRLF);
        flush();
    }

    private Bai2Totals writeAccount(Statement statement) throws IOException {
        Bai2Totals account = new Bai2Totals();
        int credits = statement.creditCount();
        text.append("03,").append(accountId).append(',').append(statement.currency());
        appendItem(account, "010", statement.openingPence(), "");
        appendItem(account, "015", statement.closingPence(), "");
        appendItem(account, "100", statement.creditPence(), Integer.toString(credits));
        appendItem(account, "400", statement.debitPence(), Integer.toString(statement.entries().size() - credits));
        text.append('/').append(CRLF);
        account.countRecord();
        for (StatementEntry entry : statement.entries()) {
            appendDetail(entry);
            account.addAmount(entry.pence());
            account.countRecord();
            flush();
        }
        account.countRecord();
        text.append("49,").append(account.total()).append(',').append(account.records()).append('/').append(CRLF);
        return account;
    }

    /** A status or summary item of the account header: type code, amount, item count and funds type (defaulted). */
    private void appendItem(Bai2Totals account, String typeCode, long amount, String itemCount) {
        text.append(',').append(typeCode).append(',').append(amount).append(',').append(itemCount).append(',');
        account.addAmount(amount);
    }

    private void appendDetail(StatementEntry entry) {
        text.append("16,").append(bai2Type(entry.type())).append(',').append(entry.pence()).append(",Z,")
                .append(entry.bankReference()).append(',').append(entry.line().reference()).append(',')
                .append(entry.line().narrative()).append('/').append(CRLF);
    }

    /** The standard BAI2 detail type code a UK bank would give each kind of line. */
    private static String bai2Type(TransactionType type) {
        return switch (type) {
            case FASTER_PAYMENT, STANDING_ORDER -> "195";
            case BACS_CREDIT, ALLPAY_SETTLEMENT, PAYPOINT_SETTLEMENT, GOVUK_PAY_SETTLEMENT, CARD_SETTLEMENT -> "142";
            case DIRECT_DEBIT_COLLECTION -> "166";
            case CHEQUE_PAID_IN -> "175";
            case UNPAID_DIRECT_DEBIT, RETURNED_CHEQUE -> "555";
            case BANK_CHARGES -> "698";
        };
    }

    private void flush() throws IOException {
        out.append(text);
        text.setLength(0);
    }
}
