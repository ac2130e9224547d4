package org.coffer.plugins.camt054;

import org.coffer.plugin.api.format.Direction;

/** camt's {@code CdtDbtInd}: {@code CRDT} or {@code DBIT}. */
final class CreditDebit {

    private CreditDebit() {
    }

    /** The direction, or {@code absent} when the element is not there. */
    static Direction parse(String field, String text, Direction absent) throws InvalidFieldException {
        if (text == null) {
            if (absent == null) {
                throw InvalidFieldException.missing(field);
            }
            return absent;
        }
        return switch (text.strip()) {
            case "CRDT" -> Direction.CREDIT;
            case "DBIT" -> Direction.DEBIT;
            default -> throw new InvalidFieldException(field, Camt054ErrorCode.CAMT054_BAD_VALUE,
                    "'" + text + "' is neither CRDT nor DBIT");
        };
    }
}
