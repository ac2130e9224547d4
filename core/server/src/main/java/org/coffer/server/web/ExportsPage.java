package org.coffer.server.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coffer.server.config.LedgerTarget;
import org.coffer.server.ledger.ExportRun;
import org.coffer.server.ledger.PeriodClosing;
import org.coffer.server.text.Amounts;

/** Export runs, latest first, the form to run one, and the closed financial periods. */
public record ExportsPage(List<Row> runs, List<Target> targets, String today, List<String> closedPeriods,
        String written) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /** One run as the table shows it. */
    public record Row(long number, String target, String detail, String dates, String when, String by, String state,
            boolean reversible, String journals, String postings, String gross, String vat, String debits,
            String fileName) {
    }

    /** A target the form offers, with whether a loaded plugin can write it. */
    public record Target(String id, String exportId, String detail, boolean available) {
    }

    static ExportsPage of(List<ExportRun> runs, List<LedgerTarget> targets, Set<String> loadedExports,
            List<PeriodClosing.ClosedPeriod> closed, LocalDate today, ZoneId zone, String written) {
        return new ExportsPage(runs.stream().map(run -> row(run, zone)).toList(),
                targets.stream().map(t -> new Target(t.id(), t.exportId(), t.detail().name(),
                        loadedExports.contains(t.exportId()))).toList(),
                today.toString(), closed.stream().map(c -> c.period().label() + " (closed by " + c.closedBy() + ")")
                        .toList(), written);
    }

    private static Row row(ExportRun run, ZoneId zone) {
        String state = run.isReversal() ? "Reverses run " + run.reverses()
                : run.isLive() ? "Live" : "Reversed by run " + run.reversedBy();
        return new Row(run.number(), run.target(), run.detail(),
                (run.fromDate() == null ? "up to " : run.fromDate() + " to ") + run.toDate(),
                WHEN.format(run.madeAt().atZone(zone)), run.madeBy(), state, run.isReversible(),
                Amounts.count(run.journalCount()), Amounts.count(run.postingCount()),
                Amounts.format(run.grossPence(), run.currency()), Amounts.format(run.vatPence(), run.currency()),
                Amounts.format(run.debitPence(), run.currency()), run.fileName());
    }
}
