package org.coffer.server.reports;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import net.sf.jasperreports.engine.JasperReport;

/** A pack run for one period: each section's report run with its rows read once, and the summary's figures. */
public final class PackResult {

    /** One report of the pack, its rows, and the figures the summary takes from them. */
    public record Section(ReportResult result, List<Object[]> rows, List<PackFigure> figures) {

        public Section {
            requireNonNull(result, "result is null");
            rows = List.copyOf(rows);
            figures = List.copyOf(figures);
        }
    }

    private final Pack pack;
    private final PackPeriod period;
    private final String councilName;
    private final ZonedDateTime producedAt;
    private final List<Section> sections;
    private final PdfTemplates templates;

    PackResult(Pack pack, PackPeriod period, String councilName, ZonedDateTime producedAt, List<Section> sections,
            PdfTemplates templates) {
        this.pack = requireNonNull(pack, "pack is null");
        this.period = requireNonNull(period, "period is null");
        this.councilName = requireNonNull(councilName, "councilName is null");
        this.producedAt = requireNonNull(producedAt, "producedAt is null");
        this.sections = List.copyOf(sections);
        this.templates = requireNonNull(templates, "templates is null");
    }

    public Pack pack() {
        return pack;
    }

    public LocalDate from() {
        return period.from();
    }

    public LocalDate to() {
        return period.to();
    }

    /** {@code 1 April 2026 to 30 June 2026}. */
    public String periodText() {
        return period.describe();
    }

    public String councilName() {
        return councilName;
    }

    public ZonedDateTime producedAt() {
        return producedAt;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The generic portrait table, which lays out the summary in the PDF. */
    JasperReport summaryTemplate() {
        return templates.forRun(PdfTemplates.PORTRAIT);
    }
}
