package org.coffer.server.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.coffer.server.audit.AuditEntry;
import org.coffer.server.audit.AuditFilter;

/** The audit log page: the filter as given, and the entries it found, newest first. */
public record AuditPage(String actor, String action, String from, String to, String exportQuery, List<Row> rows) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);

    /** One entry as the table shows it. */
    public record Row(long seq, String when, String actor, String action, String subject, String before,
            String after) {
    }

    static AuditPage of(AuditFilter filter, List<AuditEntry> entries, String query) {
        ZoneId zone = filter.zone();
        return new AuditPage(filter.actor(), filter.actionPrefix(), filter.from().map(Object::toString).orElse(""),
                filter.to().map(Object::toString).orElse(""), query == null ? "" : "?" + query,
                entries.stream().map(e -> new Row(e.seq(), WHEN.format(e.at().atZone(zone)), e.actor(), e.action(),
                        e.subject(), e.before() == null ? "" : e.before(), e.after() == null ? "" : e.after()))
                        .toList());
    }
}
