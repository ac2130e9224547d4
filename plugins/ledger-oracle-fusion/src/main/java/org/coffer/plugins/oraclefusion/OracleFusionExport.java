package org.coffer.plugins.oraclefusion;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugins.ledgertext.LedgerFileText;
import org.pf4j.Extension;

/**
 * Oracle Fusion General Ledger's journal import: the {@code GlInterface.csv} of the FBDI journal import template,
 * one {@code GL_INTERFACE} row per journal line, with debits and credits in separate columns. The file is zipped and
 * loaded by the council's "Load Interface File for Import" and "Import Journals" processes; every row of one run
 * shares its GROUP_ID, the run number.
 */
@Extension
public final class OracleFusionExport implements LedgerExport {

    public OracleFusionExport() {
        // PF4J creates extensions through a public no-argument constructor.
    }

    @Override
    public String id() {
        return "oracle-fusion-gl";
    }

    @Override
    public String displayName() {
        return "Oracle Fusion GL journal import (FBDI GL_INTERFACE)";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(List<Journal> journals, ExportContext context, OutputStream out) throws IOException {
        OracleSettings settings = OracleSettings.from(context);
        LedgerFileText.write(out, writer -> {
            for (Journal journal : journals) {
                new GlInterfaceRows(settings, context, journal.header()).write(journal, writer);
            }
        });
    }
}
