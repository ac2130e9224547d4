package org.coffer.plugin.api.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A finance system's journal file: Unit4 ERP's GL batch input, Oracle Fusion's journal import, a revenues system's
 * payment file. The application hands it balanced journals; the plugin writes them in its system's layout and owns
 * every convention of that layout (separate debit and credit columns, signed amounts, D/C flags, dates, headers).
 * The application never encodes a sign convention itself.
 *
 * <p>Implementations are stateless and safe to use from several threads at once.
 */
public interface LedgerExport extends ExtensionPoint {

    /** A short, stable id such as {@code unit4-gl}, stored with every export run; it never changes once released. */
    String id();

    /** The name a person sees, such as {@code Unit4 ERP GL batch input}. */
    String displayName();

    /** The extension of the files it writes, without the dot, such as {@code csv} or {@code txt}. */
    String fileExtension();

    /**
     * Writes the journals, in order, to one file. Each journal balances on its own and is read line by line: a
     * plugin must not hold every line of a large journal in memory. A plugin that cannot write a journal (a setting
     * it needs is missing, a code is too long for its layout) throws {@link org.coffer.plugin.api.ProblemException}
     * naming the journal line and field; the application then records no run and marks no receipt exported. The
     * stream belongs to the caller, who closes it.
     */
    void write(List<Journal> journals, ExportContext context, OutputStream out) throws IOException;
}
