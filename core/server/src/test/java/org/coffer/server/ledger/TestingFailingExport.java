package org.coffer.server.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.JournalLine;
import org.coffer.plugin.api.ledger.LedgerExport;

/** A ledger export with a fault: it writes the first journal's first line, then fails. */
public final class TestingFailingExport implements LedgerExport {

    @Override
    public String id() {
        return "testing-failing";
    }

    @Override
    public String displayName() {
        return "Fails half-way";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(List<Journal> journals, ExportContext context, OutputStream out) throws IOException {
        try (Stream<JournalLine> lines = journals.get(0).lines()) {
            out.write(lines.findFirst().orElseThrow().ledgerCode().getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
        throw new IllegalStateException("the disk of the finance system's share is full");
    }
}
