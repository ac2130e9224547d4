package org.coffer.server.reports;

/** Facts about cell text that decide how it is written. */
final class XlsxText {

    private XlsxText() {
    }

    /** Whether a spreadsheet would run the text as a formula were it typed in, as a payer's narrative might be. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Characters {@code -1,234,567} takes. */
    static int countWidth(long value) {
        int digits = Long.toString(Math.abs(value)).length();
        return digits + (digits - 1) / 3 + (value < 0 ? 1 : 0);
    }

    /** Characters {@code -£1,234,567.89} takes. */
    static int moneyWidth(long pence) {
        return countWidth(pence / 100) + 4;
    }
}
