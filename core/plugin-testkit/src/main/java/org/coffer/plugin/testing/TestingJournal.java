package org.coffer.plugin.testing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.JournalHeader;
import org.coffer.plugin.api.ledger.JournalLine;

/** A journal whose lines are made afresh at each call, as the application's store reads them. */
public record TestingJournal(JournalHeader header, Supplier<Stream<JournalLine>> source) implements Journal {

    public TestingJournal {
        requireNonNull(header, "header is null");
        requireNonNull(source, "source is null");
    }

    /** A small journal, checked to balance and to have the lines its header says. */
    public static TestingJournal of(JournalHeader header, List<JournalLine> lines) {
        long debits = lines.stream().mapToLong(JournalLine::debitPence).sum();
        long credits = lines.stream().mapToLong(JournalLine::creditPence).sum();
        if (debits != header.debitPence() || credits != header.creditPence() || lines.size() != header.lineCount()) {
            throw new IllegalArgumentException("journal " + header.journalNumber() + "'s lines do not match its header");
        }
        List<JournalLine> copy = List.copyOf(lines);
        return new TestingJournal(header, copy::stream);
    }

    @Override
    public Stream<JournalLine> lines() {
        return source.get();
    }
}
