package org.coffer.plugins.csv;

import java.util.Locale;

/**
 * How a file writes amounts: the decimal mark, an optional grouping mark between thousands, and whether amounts are
 * whole pence with no mark at all. Amounts are read character by character into pence, never through floating
 * point, and one with more than two decimal places is refused rather than rounded.
 *
 * @param point    the decimal mark, {@code .} in UK files and {@code ,} in many European ones
 * @param grouping the mark between groups of three digits, or {@code 0} when the file writes none
 * @param inPence  whether the file writes whole pence ({@code 123456} for £1,234.56)
 */
public record DecimalStyle(char point, char grouping, boolean inPence) {

    /** {@code 1,234.56} or {@code 1234.56}. */
    public static final DecimalStyle UK = new DecimalStyle('.', ',', false);

    public DecimalStyle {
        if (point == grouping) {
            throw new IllegalArgumentException("the decimal mark and the grouping mark must differ");
        }
        if (Character.isDigit(point) || Character.isDigit(grouping) || point == '-' || grouping == '-') {
            throw new IllegalArgumentException("a digit or a minus sign cannot mark decimals or groups");
        }
    }

    /**
     * The amount in pence, signed: {@code -12.30}, {@code 12.30-} and {@code (12.30)} are all negative. A leading
     * currency sign {@code £} and surrounding spaces are allowed.
     *
     * @throws IllegalArgumentException saying what the text is and what was expected
     */
    public long pence(String text) {
        String amount = text.strip();
        boolean negative = false;
        if (amount.startsWith("(") && amount.endsWith(")")) {
            negative = true;
            amount = amount.substring(1, amount.length() - 1).strip();
        } else if (amount.endsWith("-")) {
            negative = true;
            amount = amount.substring(0, amount.length() - 1).strip();
        } else if (amount.startsWith("-")) {
            negative = true;
            amount = amount.substring(1).strip();
        } else if (amount.startsWith("+")) {
            amount = amount.substring(1).strip();
        }
        if (amount.startsWith("£")) {
            amount = amount.substring(1).strip();
        }
        long pence = inPence ? wholePence(amount, text) : decimalPence(amount, text);
        return negative ? -pence : pence;
    }

    private long decimalPence(String amount, String original) {
        int mark = amount.indexOf(point);
        String whole = mark < 0 ? amount : amount.substring(0, mark);
        String fraction = mark < 0 ? "" : amount.substring(mark + 1);
        if (fraction.length() > 2 || !digits(fraction) || (mark >= 0 && fraction.isEmpty() && whole.isEmpty())) {
            throw notAnAmount(original);
        }
        long pounds = whole.isEmpty() && !fraction.isEmpty() ? 0 : groupedDigits(whole, original);
        long pence = fraction.isEmpty() ? 0 : Long.parseLong(fraction) * (fraction.length() == 1 ? 10 : 1);
        try {
            return Math.addExact(Math.multiplyExact(pounds, 100), pence);
        } catch (ArithmeticException e) {
            throw notAnAmount(original);
        }
    }

    private long wholePence(String amount, String original) {
        return groupedDigits(amount, original);
    }

    /** Digits, with the grouping mark only between groups of exactly three. */
    private long groupedDigits(String text, String original) {
        if (text.isEmpty()) {
            throw notAnAmount(original);
        }
        String plain = text;
        if (grouping != 0 && text.indexOf(grouping) >= 0) {
            String[] groups = text.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
            for (int i = 1; i < groups.length; i++) {
                if (groups[i].length() != 3) {
                    throw notAnAmount(original);
                }
            }
            if (groups[0].isEmpty() || groups[0].length() > 3) {
                throw notAnAmount(original);
            }
            plain = String.join("", groups);
        }
        if (!digits(plain) || plain.length() > 16) {
            throw notAnAmount(original);
        }
        return Long.parseLong(plain);
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private IllegalArgumentException notAnAmount(String text) {
        return new IllegalArgumentException("'" + text + "' is not an amount such as " + example());
    }

    /** How a person would write £-1,234.56 in this style, for messages. */
    public String example() {
        if (inPence) {
            return "-123456 (pence)";
        }
        String groups = grouping == 0 ? "1234" : "1" + grouping + "234";
        return String.format(Locale.ROOT, "-%s%c56", groups, point);
    }
}
