package org.coffer.plugins.sap;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugins.ledgertext.LedgerFileText;
import org.pf4j.Extension;

/**
 * An SAP journal upload: one accounting document per journal, a header record ({@code H}) followed by its line
 * items ({@code L}), with the fields of {@code BAPI_ACC_DOCUMENT_POST}'s document header, G/L account items and
 * currency amounts. Amounts are signed as {@code AMT_DOCCUR} takes them: debits positive, credits negative.
 */
@Extension
public final class SapJournalUpload implements LedgerExport {

    public SapJournalUpload() {
        // PF4J creates extensions through a public no-argument constructor.
    }

    @Override
    public String id() {
        return "sap-journal";
    }

    @Override
    public String displayName() {
        return "SAP journal upload (accounting documents)";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(List<Journal> journals, ExportContext context, OutputStream out) throws IOException {
        SapSettings settings = SapSettings.from(context);
        LedgerFileText.write(out, writer -> {
            for (Journal journal : journals) {
                new SapDocument(settings, context, journal.header()).write(journal, writer);
            }
        });
    }
}
