package org.coffer.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Writes the Lloyds Commercial Banking Online "Balances and Transactions" CSV export: a header, then one line per
 * transaction, oldest first, with the signed amount, the payer's reference in its own column and the running
 * balance. Fields holding a comma or a quote are quoted as RFC 4180 says.
 */
final class LloydsCsvWriter implements StatementWriter {

    static final String HEADER = "Post Date,Account Number,Account Name,Type,Amount,Customer Reference,"
            + "Transaction Detail,Balance";
    private static final String CRLF = "\r\n";

    private final Writer out;
    private final String accountNumber;
    private final String accountName;
    private final StringBuilder text = new StringBuilder(256);
    private boolean headerWritten;

    /**
     * @param sortCodeAndAccount the 14 digits of sort code and account number
     * @param accountName        the account's name as the bank holds it
     */
    LloydsCsvWriter(Writer out, String sortCodeAndAccount, String accountName) {
        this.out = out;
        this.accountNumber = sortCodeAndAccount.substring(0, 6) + "-" + sortCodeAndAccount.substring(6);
        this.accountName = accountName;
    }

    @Override
    public void write(Statement statement) throws IOException {
        if (!headerWritten) {
            out.write(HEADER + CRLF);
            headerWritten = true;
        }
        long balance = statement.openingPence();
        for (StatementEntry entry : statement.entries()) {
            ExpectedLine line = entry.line();
            balance += line.signedPence();
            text.setLength(0);
            appendDate(statement.date());
            text.append(',').append(accountNumber).append(' ').append(statement.currency()).append(',');
            field(accountName).append(',').append(entry.type().ukCode).append(',');
            appendSigned(line.signedPence()).append(',');
            field(line.reference()).append(',');
            field(line.narrative()).append(',');
            appendSigned(balance).append(CRLF);
            out.append(text);
        }
    }

    @Override
    public void finish() {
        // The export has no trailer.
    }

    private void appendDate(LocalDate date) {
        Decimals.appendTwoDigits(text, date.getDayOfMonth()).append('/');
        Decimals.appendTwoDigits(text, date.getMonthValue()).append('/').append(date.getYear());
    }

    private StringBuilder appendSigned(long pence) {
        if (pence < 0) {
            text.append('-');
        }
        return Decimals.appendPence(text, Math.abs(pence), '.');
    }

    private StringBuilder field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return text.append(value);
        }
        return text.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
