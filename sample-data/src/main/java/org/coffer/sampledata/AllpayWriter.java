package org.coffer.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Writes an Allpay transaction file as councils collect it from Allpay's file manager: one 43-character line per
 * payment (site code, account reference, amount with a decimal point, channel letter, {@code dd/MM/yyyy} date),
 * then a blank line and the two trailer lines with the total amount and the number of payments.
 */
final class AllpayWriter {

    static final String TOTAL_AMOUNT_LABEL = "Total Amount Updated onto System:";
    static final String TOTAL_COUNT_LABEL = "Total Transactions updated onto System:";

    private static final String CRLF = "\r\n";
    private static final int SITE_WIDTH = 7;
    private static final int REFERENCE_WIDTH = 16;
    private static final int AMOUNT_WIDTH = 9;
    private static final int TRAILER_VALUE_WIDTH = 17;

    private final Writer out;
    private final String siteCode;
    private final StringBuilder text = new StringBuilder(64);
    private long netPence;
    private long count;

    AllpayWriter(Writer out, String siteCode) {
        if (siteCode.length() > SITE_WIDTH) {
            throw new IllegalArgumentException("siteCode must be at most 7 characters, was '" + siteCode + "'");
        }
        this.out = out;
        this.siteCode = siteCode;
    }

    void write(AllpayPayment payment) throws IOException {
        ExpectedLine line = payment.line();
        text.setLength(0);
        padLeft(siteCode, SITE_WIDTH);
        text.append(line.reference());
        appendSpaces(REFERENCE_WIDTH - line.reference().length());
        padLeft(amount(line.signedPence()), AMOUNT_WIDTH);
        text.append(payment.channel().letter);
        appendDate(line.valueDate());
        out.append(text).append(CRLF);
        netPence += line.signedPence();
        count++;
    }

    /** The blank line and the trailer, whose figures must agree with the lines. */
    void finish() throws IOException {
        text.setLength(0);
        text.append(CRLF).append(TOTAL_AMOUNT_LABEL).append(' ');
        padLeft(amount(netPence), TRAILER_VALUE_WIDTH);
        text.append(CRLF).append(TOTAL_COUNT_LABEL).append(' ');
        padLeft(Long.toString(count), TRAILER_VALUE_WIDTH);
        out.append(text.append(CRLF));
    }

    private static String amount(long signedPence) {
        StringBuilder amount = new StringBuilder(12);
        if (signedPence < 0) {
            amount.append('-');
        }
        return Decimals.appendPence(amount, Math.abs(signedPence), '.').toString();
    }

    private void appendDate(LocalDate date) {
        Decimals.appendTwoDigits(text, date.getDayOfMonth()).append('/');
        Decimals.appendTwoDigits(text, date.getMonthValue()).append('/').append(date.getYear());
    }

    private void padLeft(String value, int width) {
        appendSpaces(width - value.length());
        text.append(value);
    }

    private void appendSpaces(int spaces) {
        for (int i = 0; i < spaces; i++) {
            text.append(' ');
        }
    }
}
