package org.coffer.plugins.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugins.ledgertext.JournalLines;
import org.coffer.plugins.ledgertext.LedgerFileText;
import org.pf4j.Extension;

/**
 * A ledger file in a layout the council writes in its settings, CSV or fixed width, for finance systems whose import
 * layout is not public (Civica Financials, TechnologyOne, Advanced e5): one record per journal line, the columns,
 * dates, sign convention and amounts as the settings say.
 */
@Extension
public final class LayoutExport implements LedgerExport {

    public LayoutExport() {
        // PF4J creates extensions through a public no-argument constructor.
    }

    @Override
    public String id() {
        return "ledger-layout";
    }

    @Override
    public String displayName() {
        return "Ledger file in the council's own layout";
    }

    /** Text either way; the extension cannot depend on a target's settings. */
    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(List<Journal> journals, ExportContext context, OutputStream out) throws IOException {
        Layout layout = Layout.from(context);
        LedgerFileText.write(out, writer -> {
            LayoutRecords records = new LayoutRecords(layout, context);
            if (layout.header()) {
                records.writeHeader(writer);
            }
            for (Journal journal : journals) {
                JournalLines.each(journal, line -> records.write(journal.header(), line, writer));
            }
        });
    }
}
