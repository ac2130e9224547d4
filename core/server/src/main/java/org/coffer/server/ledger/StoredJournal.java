package org.coffer.server.ledger;

import java.util.stream.Stream;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.JournalHeader;
import org.coffer.plugin.api.ledger.JournalLine;
import org.jdbi.v3.core.Handle;

/**
 * A journal whose lines are read from the store at each {@link #lines()} call, on the export's own transaction:
 * valid only while the export that made it runs.
 */
final class StoredJournal implements Journal {

    private final Handle handle;
    private final JournalLines.Key key;
    private final boolean detail;
    private final JournalHeader header;

    StoredJournal(Handle handle, JournalLines.Key key, boolean detail, JournalHeader header) {
        this.handle = handle;
        this.key = key;
        this.detail = detail;
        this.header = header;
    }

    @Override
    public JournalHeader header() {
        return header;
    }

    @Override
    public Stream<JournalLine> lines() {
        return JournalLines.stream(handle, key, detail, header.reversal(), header.journalDate());
    }
}
