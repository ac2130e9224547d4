package org.coffer.plugin.api.ledger;

import java.util.stream.Stream;

/**
 * One balanced journal: the income of one bank account in one financial period, or its reversal. Its lines are read
 * from the application's store as the plugin asks for them, so a journal of a million receipts needs no more memory
 * than one of ten.
 */
public interface Journal {

    /** What the journal is and its totals, known before any line is read. */
    JournalHeader header();

    /**
     * The lines in order of their {@link JournalLine#number() numbers}, read afresh at each call, so a plugin may
     * pass over them twice. The caller closes the stream.
     */
    Stream<JournalLine> lines();
}
