package org.coffer.plugins.mt940;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;

/**
 * One MT940 message while it is read. The statement's last day comes from its closing balance at the end, so its
 * lines wait here until then; a statement longer than {@link #HELD_LINES} is opened without that date and streamed,
 * which keeps memory flat on any file.
 */
final class OpenStatement {

    static final int HELD_LINES = 10_000;

    private final long startLine;
    private final List<StatementLine> held = new ArrayList<>();
    private String account = "";
    private String sequence = "";
    private Balance opening;
    private Balance closing;
    private boolean closed;
    private int decimals;
    private long transactions;
    private boolean started;

    OpenStatement(long startLine) {
        this.startLine = startLine;
    }

    long startLine() {
        return startLine;
    }

    String account() {
        return account;
    }

    void account(String value) {
        account = value.strip();
    }

    void sequence(String value) {
        sequence = value.strip();
    }

    void opening(Balance balance, int currencyDecimals) {
        opening = balance;
        decimals = currencyDecimals;
    }

    boolean hasOpening() {
        return opening != null;
    }

    String currency() {
        return opening.currency();
    }

    int decimals() {
        return decimals;
    }

    LocalDate from() {
        return opening.date();
    }

    /** Marks the statement closed; the balance is empty when the closing field could not be read. */
    void close(Balance balance) {
        closed = true;
        closing = balance;
    }

    boolean closed() {
        return closed;
    }

    /** Counts a {@code :61:} field, read or refused, for the control figures. */
    void countTransaction() {
        transactions++;
    }

    void add(StatementLine line, FileSink sink) {
        if (started) {
            sink.line(line);
            return;
        }
        held.add(line);
        if (held.size() >= HELD_LINES) {
            start(sink);
        }
    }

    /** Hands the statement to the sink; only a statement with an opening balance has a currency to be handed in. */
    void end(FileSink sink) {
        if (opening == null) {
            return;
        }
        if (!started) {
            start(sink);
        }
        ControlFigures.Builder figures = ControlFigures.builder()
                .openingBalance(opening.amount())
                .lineCount(transactions);
        if (closing != null) {
            figures.closingBalance(closing.amount());
        }
        sink.endStatement(figures.build());
    }

    private void start(FileSink sink) {
        LocalDate to = closing == null || closing.date().isBefore(opening.date()) ? null : closing.date();
        sink.startStatement(new StatementStart(Location.line(startLine), account, sequence, opening.currency(),
                opening.date(), to));
        started = true;
        held.forEach(sink::line);
        held.clear();
    }
}
