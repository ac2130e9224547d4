package org.coffer.plugins.allpay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;

/**
 * The file's one batch while it is read. Its first and last days are only known at the end, so its lines wait here
 * until then; a batch longer than {@link #HELD_LINES} is opened without its days and streamed, which keeps memory
 * flat on any file. The account is the client's site code on the first line, the sequence that line's date.
 */
final class OpenBatch {

    static final int HELD_LINES = 10_000;

    private final List<StatementLine> held = new ArrayList<>();
    private final String siteCode;
    private final String sequence;
    private final long firstLine;
    private LocalDate from;
    private LocalDate to;
    private boolean started;
    private long creditPence;
    private long debitPence;

    OpenBatch(String siteCode, LocalDate firstDate, long firstLine) {
        this.siteCode = siteCode;
        this.sequence = firstDate.toString();
        this.firstLine = firstLine;
    }

    void add(StatementLine line, FileSink sink) {
        if (line.direction().sign() > 0) {
            creditPence += line.amount().pence();
        } else {
            debitPence += line.amount().pence();
        }
        if (started) {
            sink.line(line);
            return;
        }
        LocalDate date = line.valueDate();
        from = from == null || date.isBefore(from) ? date : from;
        to = to == null || date.isAfter(to) ? date : to;
        held.add(line);
        if (held.size() >= HELD_LINES) {
            start(sink, null, null);
        }
    }

    /** Credits less debits of the lines read. */
    long netPence() {
        return creditPence - debitPence;
    }

    /**
     * Hands the batch to the sink with the trailer's count and, when every line is a credit, its total as the
     * credit total; a total that nets returned cheques off is checked by the reader instead.
     */
    void end(FileSink sink, Trailer trailer) {
        if (!started) {
            start(sink, from, to);
        }
        ControlFigures.Builder figures = ControlFigures.builder().lineCount(trailer.count());
        if (debitPence == 0 && trailer.totalPence() >= 0) {
            figures.creditTotal(Money.gbp(trailer.totalPence()));
        }
        sink.endStatement(figures.build());
    }

    private void start(FileSink sink, LocalDate first, LocalDate last) {
        sink.startStatement(new StatementStart(Location.line(firstLine), siteCode, sequence, Money.GBP, first, last));
        started = true;
        held.forEach(sink::line);
        held.clear();
    }
}
