package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.coffer.server.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log for a period, filtered by person and by action, in every format. */
class AuditTrailReportTest {

    private static final Map<String, String> JULY = Map.of("from", "2026-07-01", "to", "2026-07-31");

    @TempDir
    Path dir;

    @Test
    void listsThePeriodsEntriesAndFiltersByPersonAndAction() {
        try (TestingReports reports = new TestingReports(dir)) {
            AuditLog log = new AuditLog(reports.clock);
            reports.clock.advance(Duration.ofDays(-30));
            append(reports, log, "alice", "user.added", "user bob");
            reports.clock.advance(Duration.ofDays(30));
            append(reports, log, "alice", "user.added", "user carol");
            append(reports, log, "bob", "login.failed", "user bob");
            append(reports, log, "cli:ops", "token.issued", "token t1");

            assertThat(subjects(reports, JULY)).containsExactly("user carol", "user bob", "token t1");
            assertThat(subjects(reports, Map.of("from", "2026-07-01", "to", "2026-07-31", "person", "alice")))
                    .containsExactly("user carol");
            assertThat(subjects(reports, Map.of("from", "2026-06-01", "to", "2026-07-31", "action", "user.added")))
                    .containsExactly("user bob", "user carol");
        }
    }

    @Test
    void thePdfShowsWhoDidWhatAndTheFilters() {
        try (TestingReports reports = new TestingReports(dir)) {
            AuditLog log = new AuditLog(reports.clock);
            append(reports, log, "alice", "user.added", "user carol");
            append(reports, log, "bob", "login.failed", "user bob");

            String text = String.join(" ", TestingReports.pdfPages(reports.runner.run("audit-trail",
                    Map.of("from", "2026-07-01", "to", "2026-07-31", "person", "alice")))).replaceAll("\\s+", " ");

            assertThat(text).contains("Person: alice", "Action: all", "1 15 Jul 2026 10:30 alice user.added user carol")
                    .doesNotContain("user bob");
        }
    }

    private static void append(TestingReports reports, AuditLog log, String actor, String action, String subject) {
        reports.database.jdbi().useTransaction(h -> log.append(h, actor, action, subject, null, "{\"role\":\"x\"}"));
    }

    private static List<String> subjects(TestingReports reports, Map<String, String> parameters) {
        return reports.runner.run("audit-trail", parameters).firstRows(100).stream().map(row -> (String) row[4])
                .toList();
    }
}
