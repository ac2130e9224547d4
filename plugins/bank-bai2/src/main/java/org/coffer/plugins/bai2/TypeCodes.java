package org.coffer.plugins.bai2;

import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.LineKind;

/**
 * What a {@code 16} record's type code says: the direction from its range, and the channel and kind from the
 * standard codes a UK council's income comes through. Where the code says nothing about the channel (a "credit
 * (any type)" or a bank's own code), the UK payment code that starts the text decides, as on UK statements.
 */
final class TypeCodes {

    /** A channel with the kind of line it makes. */
    record Classification(Channel channel, LineKind kind) {
    }

    private TypeCodes() {
    }

    /** Credits are 100-399 and the custom 920-959; debits 400-699 and the custom 960-999. */
    static Direction direction(int code, String field) throws RecordException {
        if ((code >= 100 && code <= 399) || (code >= 920 && code <= 959)) {
            return Direction.CREDIT;
        }
        if ((code >= 400 && code <= 699) || (code >= 960 && code <= 999)) {
            return Direction.DEBIT;
        }
        throw new RecordException(Bai2ErrorCode.BAI2_BAD_TYPE_CODE, field, "'" + code + "' is not a transaction:"
                + " expected 100-399 or 920-959 for a credit, 400-699 or 960-999 for a debit");
    }

    static Classification classify(int code, String text) {
        Channel channel = byTypeCode(code);
        if (channel == Channel.UNKNOWN) {
            channel = byLeadingUkCode(text);
        }
        LineKind kind;
        if (code == 555) {
            kind = LineKind.REVERSAL;
        } else if (channel == Channel.BANK_CHARGE) {
            kind = LineKind.FEE;
        } else {
            kind = LineKind.PAYMENT;
        }
        return new Classification(channel, kind);
    }

    private static Channel byTypeCode(int code) {
        return switch (code) {
            case 142, 145, 165, 166, 169 -> Channel.BACS_CREDIT;
            case 451, 455 -> Channel.DIRECT_DEBIT;
            case 115, 175, 475 -> Channel.CHEQUE;
            case 206, 506 -> Channel.INTERNAL_TRANSFER;
            case 698 -> Channel.BANK_CHARGE;
            default -> Channel.UNKNOWN;
        };
    }

    /** The code UK banks print before the payer ({@code FPI J SMITH}), or {@code UNKNOWN}. */
    private static Channel byLeadingUkCode(String text) {
        int space = text.indexOf(' ');
        String code = space < 0 ? text : text.substring(0, space);
        return switch (code) {
            case "BGC" -> Channel.BACS_CREDIT;
            case "FPI", "FP" -> Channel.FASTER_PAYMENT;
            case "STO" -> Channel.STANDING_ORDER;
            case "CHQ" -> Channel.CHEQUE;
            case "DD" -> Channel.DIRECT_DEBIT;
            case "CHG" -> Channel.BANK_CHARGE;
            default -> Channel.UNKNOWN;
        };
    }
}
