package org.coffer.server.web;

import java.util.List;
import org.coffer.server.reports.Pack;
import org.coffer.server.reports.Report;

/** The report catalogue: each report's title and what it tells, then the packs that bring reports together. */
public record ReportsPage(List<Entry> reports, List<Entry> packs) {

    /** One report or pack of the catalogue. */
    public record Entry(String id, String title, String description) {
    }

    static ReportsPage of(List<Report> reports, List<Pack> packs) {
        return new ReportsPage(reports.stream().map(r -> new Entry(r.id(), r.title(), r.description())).toList(),
                packs.stream().map(p -> new Entry(p.id(), p.title(), p.description())).toList());
    }
}
