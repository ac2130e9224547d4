package org.coffer.plugins.cardacquirer;

/**
 * A transaction amount as the merchant file writes it: unsigned pounds such as {@code 8.64}, the direction given
 * by the transaction type. Read digit by digit into pence, never through floating point.
 */
final class CardAmount {

    private static final int MAX_DIGITS = 15;

    private CardAmount() {
    }

    static long parsePence(String field, String cell) throws InvalidFieldException {
        String text = cell.strip();
        int point = text.indexOf('.');
        int poundsEnd = point < 0 ? text.length() : point;
        int decimals = point < 0 ? 0 : text.length() - point - 1;
        if (poundsEnd == 0 || poundsEnd > MAX_DIGITS || (point >= 0 && (decimals < 1 || decimals > 2))) {
            throw notAnAmount(field, cell);
        }
        long pence = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i == point) {
                continue;
            }
            if (c < '0' || c > '9') {
                throw notAnAmount(field, cell);
            }
            pence = pence * 10 + (c - '0');
        }
        return decimals == 2 ? pence : decimals == 1 ? pence * 10 : pence * 100;
    }

    private static InvalidFieldException notAnAmount(String field, String cell) {
        return new InvalidFieldException(field, CardAcquirerErrorCode.BARCLAYCARD_BAD_VALUE,
                "'" + cell + "' is not an unsigned amount in pounds such as 8.64");
    }
}
