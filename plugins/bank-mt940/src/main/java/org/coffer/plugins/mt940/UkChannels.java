package org.coffer.plugins.mt940;

import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;

/**
 * How a line came in, from its SWIFT transaction type ({@code NSTO}, {@code NDDT}) or, where that is only a
 * transfer or miscellaneous, from the code UK banks put at the start of {@code :86:} ({@code BGC}, {@code FPI}).
 */
final class UkChannels {

    /** A channel with the kind of line it makes. */
    record Classification(Channel channel, LineKind kind) {
    }

    private UkChannels() {
    }

    static Classification classify(Transaction transaction, Information information) {
        Channel channel = byTypeCode(transaction.typeCode().substring(1));
        if (channel == Channel.UNKNOWN) {
            channel = byNarrativeCode(information.leadingCode());
        }
        LineKind kind;
        if (transaction.reversal()) {
            kind = LineKind.REVERSAL;
        } else if (channel == Channel.BANK_CHARGE) {
            kind = LineKind.FEE;
        } else {
            kind = LineKind.PAYMENT;
        }
        return new Classification(channel, kind);
    }

    private static Channel byTypeCode(String code) {
        return switch (code) {
            case "STO" -> Channel.STANDING_ORDER;
            case "CHK" -> Channel.CHEQUE;
            case "DDT" -> Channel.DIRECT_DEBIT;
            case "CHG", "COM" -> Channel.BANK_CHARGE;
            case "INT" -> Channel.OTHER;
            default -> Channel.UNKNOWN;
        };
    }

    /** Whether the letters that start an {@code :86:} are one of the UK banks' payment codes. */
    static boolean isNarrativeCode(String code) {
        return byNarrativeCode(code) != Channel.UNKNOWN;
    }

    private static Channel byNarrativeCode(String code) {
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
