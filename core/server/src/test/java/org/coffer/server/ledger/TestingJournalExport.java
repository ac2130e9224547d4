package org.coffer.server.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.JournalHeader;
import org.coffer.plugin.api.ledger.JournalLine;
import org.coffer.plugin.api.ledger.LedgerExport;

/**
 * A ledger export that writes every field of every journal line as CSV, so that tests can read back exactly what
 * the application handed a plugin. Copied into a plugin folder, it refers to nothing but the JDK and the plugin API.
 */
public final class TestingJournalExport implements LedgerExport {

    static final String HEADER = "run,journal,bank,date,year,period,reversal,line,role,ledger,cost_centre,debit,"
            + "credit,vat_code,fund,reference,receipt,receipts,effective,dimensions";

    @Override
    public String id() {
        return "testing-journal";
    }

    @Override
    public String displayName() {
        return "Every field of every line";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(List<Journal> journals, ExportContext context, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(HEADER + "\n");
        for (Journal journal : journals) {
            JournalHeader h = journal.header();
            try (Stream<JournalLine> lines = journal.lines()) {
                Iterator<JournalLine> each = lines.iterator();
                while (each.hasNext()) {
                    JournalLine l = each.next();
                    writer.write(String.join(",", String.valueOf(h.runNumber()), String.valueOf(h.journalNumber()),
                            h.bankAccount(), h.journalDate().toString(), String.valueOf(h.financialYear()),
                            String.valueOf(h.period()), String.valueOf(h.reversal()), String.valueOf(l.number()),
                            l.role().name(), l.ledgerCode(), l.costCentre(), String.valueOf(l.debitPence()),
                            String.valueOf(l.creditPence()), l.vatCode(), l.fundCode(), l.accountReference(),
                            l.receiptId().isPresent() ? String.valueOf(l.receiptId().getAsLong()) : "",
                            String.valueOf(l.receiptCount()), l.effectiveDate().toString(),
                            l.dimensions().getOrDefault("service", "")) + "\n");
                }
            }
        }
        writer.flush();
    }
}
