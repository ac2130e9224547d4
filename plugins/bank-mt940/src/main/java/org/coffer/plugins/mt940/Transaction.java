package org.coffer.plugins.mt940;

import java.time.LocalDate;
import org.coffer.plugin.api.format.Direction;

/**
 * One {@code :61:} statement line, such as {@code 0906230624D7,5N192NONREF//8237}: value date, optional entry date,
 * mark, optional funds code, amount, transaction type, the account owner's reference and the bank's, and the
 * optional supplementary details on the next line.
 *
 * @param pence the amount in hundredths of the currency unit, never negative
 * @param reversal whether the mark was RC or RD: a credit or debit taken back
 */
record Transaction(LocalDate valueDate, LocalDate entryDate, Direction direction, boolean reversal, long pence,
        String typeCode, String customerReference, String bankReference, String supplementary) {

    private static final String FIELD = ":61:";

    /** Reads the first line of the field; {@code supplementary} is the line after it, or empty. */
    static Transaction parse(String text, String supplementary, int decimals, String currency)
            throws FieldException {
        LocalDate valueDate = SwiftDates.yymmdd(text, 0, FIELD + " value date");
        int at = 6;
        LocalDate entryDate = null;
        if (SwiftDates.digits(text, at, 4)) {
            entryDate = SwiftDates.mmddNear(text, at, valueDate, FIELD + " entry date");
            at += 4;
        } else if (text.startsWith("    ", at)) {
            at += 4;
        }

        boolean reversal = at < text.length() && text.charAt(at) == 'R';
        int markStart = at;
        if (reversal) {
            at++;
        }
        char mark = at < text.length() ? text.charAt(at) : ' ';
        if (mark != 'C' && mark != 'D') {
            throw new FieldException(Mt940ErrorCode.MT940_BAD_MARK, FIELD + " mark",
                    "'" + text.substring(markStart, Math.min(at + 1, text.length())) + "': expected C, D, RC or RD");
        }
        at++;
        // The funds code is the third letter of the currency, so any letter before the amount is one.
        if (at < text.length() && text.charAt(at) >= 'A' && text.charAt(at) <= 'Z') {
            at++;
        }

        int amountEnd = amountEnd(text, at);
        long pence = SwiftAmount.minorUnits(text, at, amountEnd, decimals, currency, FIELD + " amount");
        at = amountEnd;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }

        String typeCode = typeCode(text, at);
        at += typeCode.length();
        int banks = text.indexOf("//", at);
        String customerReference = banks < 0 ? text.substring(at) : text.substring(at, banks);
        String bankReference = banks < 0 ? "" : text.substring(banks + 2);

        // RC takes back a credit, so money leaves the account; RD takes back a debit, so money comes in.
        Direction direction = (mark == 'C') != reversal ? Direction.CREDIT : Direction.DEBIT;
        return new Transaction(valueDate, entryDate, direction, reversal, pence, typeCode, customerReference.strip(),
                bankReference.strip(), supplementary.strip());
    }

    /** Where the amount ends: at the transaction type's first letter, a space, or the end of the line. */
    private static int amountEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == 'N' || c == 'F' || c == 'S' || c == ' ') {
                return i;
            }
            i++;
        }
        return i;
    }

    private static String typeCode(String text, int at) throws FieldException {
        char kind = at < text.length() ? text.charAt(at) : ' ';
        if (at + 4 > text.length() || (kind != 'N' && kind != 'F' && kind != 'S')) {
            throw new FieldException(Mt940ErrorCode.MT940_BAD_TRANSACTION_TYPE, FIELD + " transaction type",
                    "'" + text.substring(Math.min(at, text.length()), Math.min(at + 4, text.length()))
                            + "': expected N, F or S and a three-character code");
        }
        return text.substring(at, at + 4);
    }
}
