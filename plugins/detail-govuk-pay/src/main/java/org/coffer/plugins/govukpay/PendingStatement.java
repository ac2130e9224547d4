package org.coffer.plugins.govukpay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;

/**
 * The report as one statement, whose days are those of its first and last payment: known only at the end, so the
 * lines wait for it. A report of more than {@value #HELD_LINES} lines is handed over without its days and streamed,
 * so that memory stays flat on any file; the admin tool itself downloads at most 5,000 rows unless filtered.
 */
final class PendingStatement {

    static final String ACCOUNT = "GOV.UK Pay";
    static final int HELD_LINES = 10_000;

    private final FileSink sink;
    private final List<StatementLine> held = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private boolean started;

    PendingStatement(FileSink sink) {
        this.sink = sink;
    }

    void add(StatementLine line) {
        if (started) {
            sink.line(line);
            return;
        }
        LocalDate day = line.valueDate();
        from = from == null || day.isBefore(from) ? day : from;
        to = to == null || day.isAfter(to) ? day : to;
        held.add(line);
        if (held.size() > HELD_LINES) {
            start(null, null);
        }
    }

    /** Ends the statement; a report has no totals of its own, since each row's Net is checked as it is read. */
    void end() {
        if (!started) {
            start(from, to);
        }
        sink.endStatement(ControlFigures.none());
    }

    private void start(LocalDate first, LocalDate last) {
        String sequence = first == null ? "" : first + "/" + last;
        sink.startStatement(new StatementStart(Location.line(1), ACCOUNT, sequence, "GBP", first, last));
        started = true;
        held.forEach(sink::line);
        held.clear();
    }
}
