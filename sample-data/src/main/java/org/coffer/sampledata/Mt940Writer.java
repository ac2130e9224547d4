package org.coffer.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Writes MT940 as UK banks export it: CRLF lines, comma decimals, one message per statement, {@code :86:} holding
 * the UK code and payer on its first line and the payer's reference on its own second line, so the reference is
 * never split by line wrapping. Optionally wraps each message in SWIFT blocks 1, 2 and 4.
 */
final class Mt940Writer implements StatementWriter {

    private static final String CRLF = "\r\n";
    private static final String BANK_LT_ADDRESS = "LOYDGB2LAXXX";
    private static final String COUNCIL_LT_ADDRESS = "FERNGB21AXXX";

    private final Writer out;
    private final String accountId;
    private final boolean swiftBlocks;
    private final StringBuilder text = new StringBuilder(512);

    Mt940Writer(Writer out, String accountId, boolean swiftBlocks) {
        this.out = out;
        this.accountId = accountId;
        this.swiftBlocks = swiftBlocks;
    }

    @Override
    public void write(Statement statement) throws IOException {
        LocalDate date = statement.date();
        text.setLength(0);
        if (swiftBlocks) {
            appendBlockHeaders(statement);
        }
        Decimals.appendYymmdd(text.append(":20:FB"), date);
        Decimals.appendPadded(text, statement.sequence(), 5).append(CRLF);
        text.append(":25:").append(accountId).append(CRLF);
        Decimals.appendPadded(text.append(":28C:"), statement.sequence(), 5).append("/1").append(CRLF);
        appendBalance(":60F:", date, statement.currency(), statement.openingPence());
        flush();
        for (StatementEntry entry : statement.entries()) {
            appendEntry(entry);
            flush();
        }
        appendBalance(":62F:", date, statement.currency(), statement.closingPence());
        appendBalance(":64:", date, statement.currency(), statement.closingPence());
        text.append(swiftBlocks ? "-}" : "-").append(CRLF);
        flush();
    }

    @Override
    public void finish() {
        // MT940 messages need no file trailer.
    }

    /** Blocks 1 (receiver), 2 (output message from the bank) and the opening of block 4 (the text). */
    private void appendBlockHeaders(Statement statement) {
        text.append("{1:F01").append(COUNCIL_LT_ADDRESS).append("0000000000}{2:O9401800");
        Decimals.appendYymmdd(text, statement.date()).append(BANK_LT_ADDRESS).append("0000");
        Decimals.appendPadded(text, statement.sequence(), 6);
        Decimals.appendYymmdd(text, statement.date()).append("1800N}{4:").append(CRLF);
    }

    private void appendEntry(StatementEntry entry) {
        LocalDate date = entry.line().valueDate();
        Decimals.appendYymmdd(text.append(":61:"), date);
        Decimals.appendTwoDigits(text, date.getMonthValue());
        Decimals.appendTwoDigits(text, date.getDayOfMonth());
        text.append(entry.credit() ? 'C' : 'D');
        Decimals.appendPence(text, entry.pence(), ',');
        text.append(entry.type().mt940Type).append("NONREF//").append(entry.bankReference()).append(CRLF);
        text.append(":86:").append(entry.line().narrative()).append(CRLF);
        text.append(entry.line().reference()).append(CRLF);
    }

    private void appendBalance(String tag, LocalDate date, String currency, long pence) {
        text.append(tag).append(pence < 0 ? 'D' : 'C');
        Decimals.appendYymmdd(text, date).append(currency);
        Decimals.appendPence(text, Math.abs(pence), ',').append(CRLF);
    }

    private void flush() throws IOException {
        out.append(text);
        text.setLength(0);
    }
}
