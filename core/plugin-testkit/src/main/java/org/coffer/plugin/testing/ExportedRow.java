package org.coffer.plugin.testing;

import static java.util.Objects.requireNonNull;

/**
 * One journal line as a plugin's test reads it back from the file the plugin wrote.
 *
 * @param journal     what identifies the line's journal in the file (a batch id, a document number, a journal
 *                    name): lines of one journal share it, and journals differ in it
 * @param ledgerCode  the ledger code as written
 * @param signedPence the amount in pence, debits positive and credits negative, whatever the file's convention
 * @param narrative   the line's text as a spreadsheet would show the cell (unquoted, any guard prefix kept), or empty
 *                    where the layout carries none
 */
public record ExportedRow(String journal, String ledgerCode, long signedPence, String narrative) {

    public ExportedRow {
        requireNonNull(journal, "journal is null");
        requireNonNull(ledgerCode, "ledgerCode is null");
        narrative = narrative == null ? "" : narrative;
    }
}
