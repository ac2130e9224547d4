package org.coffer.plugins.ledgertext;

import java.io.IOException;
import java.util.Iterator;
import java.util.stream.Stream;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.JournalLine;

/** Reads a journal's lines one at a time, as the extension point asks: a large journal is never held whole. */
public final class JournalLines {

    /** What is done with each line; writing it may fail. */
    @FunctionalInterface
    public interface LineWriter {
        void write(JournalLine line) throws IOException;
    }

    private JournalLines() {
    }

    /** Hands each line to {@code writer} in order, then closes the journal's stream of lines. */
    public static void each(Journal journal, LineWriter writer) throws IOException {
        try (Stream<JournalLine> lines = journal.lines()) {
            Iterator<JournalLine> each = lines.iterator();
            while (each.hasNext()) {
                writer.write(each.next());
            }
        }
    }
}
