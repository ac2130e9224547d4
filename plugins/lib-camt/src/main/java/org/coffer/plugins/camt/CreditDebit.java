package org.coffer.plugins.camt;

import org.coffer.plugin.api.format.Direction;
import org.coffer.plugins.camt.InvalidFieldException.Fault;

/** camt's {@code CdtDbtInd}: {@code CRDT} or {@code DBIT}. */
public final class CreditDebit {

    private CreditDebit() {
    }

    /** The direction, or {@code absent} when the element is not there. */
    public static Direction parse(String field, String text, Direction absent) throws InvalidFieldException {
        if (text == null) {
            if (absent == null) {
                throw InvalidFieldException.missing(field);
            }
            return absent;
        }
        return switch (text.strip()) {
            case "CRDT" -> Direction.CREDIT;
            case "DBIT" -> Direction.DEBIT;
            default -> throw new InvalidFieldException(field, Fault.BAD_VALUE,
                    "'" + text + "' is neither CRDT nor DBIT");
        };
    }
}
