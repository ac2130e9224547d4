package org.coffer.server.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.coffer.server.imports.ImportRecord;
import org.coffer.server.text.Amounts;

/** The import history: every attempt, stored or refused, newest first. */
public record ImportsPage(List<Row> rows) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /** One attempt as the history table shows it. */
    public record Row(long id, String fileName, String format, String when, String by, boolean stored,
            String statements, String receipts, String credits, String debits, String note) {
    }

    static ImportsPage of(List<ImportRecord> records, ZoneId zone) {
        return new ImportsPage(records.stream().map(r -> new Row(r.id(), r.fileName(),
                r.formatId() == null ? "" : r.formatId(), WHEN.format(r.importedAt().atZone(zone)), r.importedBy(),
                r.stored(), Integer.toString(r.statementCount()), Amounts.count(r.receiptCount()),
                money(r, r.creditPence()), money(r, r.debitPence()), note(r))).toList());
    }

    private static String money(ImportRecord record, long pence) {
        if (!record.stored()) {
            return "";
        }
        return record.currency() == null ? "several currencies" : Amounts.format(pence, record.currency());
    }

    private static String note(ImportRecord record) {
        if (record.refusal() != null) {
            return record.refusal().lines().findFirst().orElse("");
        }
        return record.acceptedReason() == null ? "" : "Accepted: " + record.acceptedReason();
    }
}
