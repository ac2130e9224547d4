package org.coffer.plugins.govukpay;

/**
 * An amount in pounds as the report writes it: {@code 100}, {@code 3.17}, {@code -110} or, in the ledger's
 * {@code #,##0.00} style, {@code 1,234.50}. Read digit by digit into pence, never through floating point.
 */
final class PoundsAmount {

    private static final long MAX_POUNDS = Long.MAX_VALUE / 100 - 1;

    private PoundsAmount() {
    }

    /** The amount in pence, signed. */
    static long parse(String field, String cell) throws InvalidFieldException {
        String text = CellText.unguarded(cell).strip();
        int at = 0;
        boolean negative = !text.isEmpty() && text.charAt(0) == '-';
        if (negative) {
            at++;
        }
        long pounds = 0;
        int digits = 0;
        int sinceComma = -1;
        for (; at < text.length() && text.charAt(at) != '.'; at++) {
            char c = text.charAt(at);
            if (c == ',' && digits > 0 && (sinceComma < 0 || sinceComma == 3)) {
                sinceComma = 0;
            } else if (c >= '0' && c <= '9' && pounds < MAX_POUNDS / 10) {
                pounds = pounds * 10 + (c - '0');
                digits++;
                sinceComma = sinceComma < 0 ? -1 : sinceComma + 1;
            } else {
                throw notAnAmount(field, cell);
            }
        }
        if (digits == 0 || (sinceComma >= 0 && sinceComma != 3)) {
            throw notAnAmount(field, cell);
        }
        long pence = pounds * 100 + fraction(field, cell, text, at);
        return negative ? -pence : pence;
    }

    /** One or two digits after the point, as pence. */
    private static int fraction(String field, String cell, String text, int point) throws InvalidFieldException {
        if (point == text.length()) {
            return 0;
        }
        int length = text.length() - point - 1;
        if (length < 1 || length > 2) {
            throw notAnAmount(field, cell);
        }
        int pence = 0;
        for (int i = point + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw notAnAmount(field, cell);
            }
            pence = pence * 10 + (c - '0');
        }
        return length == 1 ? pence * 10 : pence;
    }

    private static InvalidFieldException notAnAmount(String field, String cell) {
        return new InvalidFieldException(field, GovUkPayErrorCode.GOVUK_PAY_BAD_VALUE, "'" + cell
                + "' is not an amount in pounds (such as 100, -3.17 or 1,234.50)");
    }
}
