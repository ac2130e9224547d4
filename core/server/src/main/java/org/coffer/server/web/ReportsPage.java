package org.coffer.server.web;

import java.util.List;
import org.coffer.server.reports.Report;

/** The report catalogue: each report's title and what it tells. */
public record ReportsPage(List<Entry> reports) {

    /** One report of the catalogue. */
    public record Entry(String id, String title, String description) {
    }

    static ReportsPage of(List<Report> reports) {
        return new ReportsPage(reports.stream().map(r -> new Entry(r.id(), r.title(), r.description())).toList());
    }
}
