package org.coffer.server.imports;

import java.io.IOException;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.server.allocation.Allocation;

/** Where the lines of a file go as they are read: staged for the database, or kept for a preview. */
interface ReceiptStore {

    /** Income kinds are posted; settlements, fees and other bank lines are kept as evidence, not income. */
    static boolean isPosted(LineKind kind) {
        return kind == LineKind.PAYMENT || kind == LineKind.REVERSAL;
    }

    /**
     * Takes one line of a statement.
     *
     * @param kind what the line is: the format's word for it, unless the council's rules call it a settlement
     * @param allocation where the line is posted, or {@code null} when it is not income
     */
    void write(long statementId, String bankAccount, StatementLine line, LineKind kind, Allocation allocation)
            throws IOException;
}
