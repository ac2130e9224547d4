package org.coffer.server.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.coffer.server.CofferException;
import org.coffer.server.config.Council;
import org.coffer.server.config.Settler;
import org.coffer.server.config.UnitCost;
import org.coffer.server.store.Database;

/** Runs catalogue reports: checks the parameters straight away, and reads the rows when a writer asks for them. */
public final class ReportRunner {

    private final ReportCatalogue catalogue;
    private final Database database;
    private final Supplier<Council> council;
    private final Clock clock;
    private final List<UnitCost> unitCosts;
    private final List<Settler> settlers;

    /** A runner whose reports cost payments at the published unit costs. */
    public ReportRunner(ReportCatalogue catalogue, Database database, Council council, Clock clock) {
        this(catalogue, database, council, clock, UnitCost.DEFAULTS);
    }

    /** A runner whose reports cost payments at the council's own unit costs ({@code unit-costs.csv}). */
    public ReportRunner(ReportCatalogue catalogue, Database database, Council council, Clock clock,
            List<UnitCost> unitCosts) {
        this(catalogue, database, () -> council, clock, unitCosts, List.of());
    }

    /**
     * A runner that reads the council afresh for each report, so that reports follow changes to the council, and
     * knows the council's settlers ({@code settlers.csv}), whose detail batches reports count.
     */
    public ReportRunner(ReportCatalogue catalogue, Database database, Supplier<Council> council, Clock clock,
            List<UnitCost> unitCosts, List<Settler> settlers) {
        this.catalogue = catalogue;
        this.database = database;
        this.council = council;
        this.clock = clock;
        this.unitCosts = List.copyOf(unitCosts);
        this.settlers = List.copyOf(settlers);
    }

    public ReportCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Prepares the report {@code id} with the given parameter values (by name, as text); parameters not given take
     * their defaults. An unknown report or a wrong value is a user error naming it.
     */
    public ReportResult run(String id, Map<String, String> parameters) {
        return run(catalogue.find(id), parameters, council.get());
    }

    private ReportResult run(Report report, Map<String, String> parameters, Council council) {
        ResolvedParameters resolved = new ParameterParser(council, LocalDate.now(clock)).resolve(report, parameters);
        return new ReportResult(report, resolved.values(), council.name(), database.file().getFileName().toString(),
                ZonedDateTime.now(clock), new ReportQuery(database, report, resolved.bindings(), clock.getZone(),
                        new CouncilTables(unitCosts, settlers, council.channels())),
                catalogue.templates());
    }

    /**
     * Runs the pack {@code id} for the period given ({@code from}, {@code to}; by default the financial year to the
     * end of the last complete month): each section's report, its rows read once, and the summary's figures. A
     * wrong period is a user error naming it.
     */
    public PackResult runPack(String id, Map<String, String> parameters) {
        Pack pack = catalogue.pack(id).orElseThrow(() -> new CofferException(ReportErrorCode.REPORT_UNKNOWN,
                "there is no pack " + id + "; the packs are " + String.join(", ",
                        catalogue.packs().stream().map(Pack::id).toList())));
        PackPeriod period = PackPeriod.resolve(pack, parameters, LocalDate.now(clock));
        // One council for the whole pack, so that a settings change meanwhile cannot split its sections.
        Council council = this.council.get();
        List<PackResult.Section> sections = new ArrayList<>();
        for (Pack.Section section : pack.sections()) {
            Report report = catalogue.find(section.report());
            ReportResult result = run(report, period.parametersFor(report), council);
            // A pack is read whole to lay out its summary and PDF, so its sections are summaries, not detail.
            List<Object[]> rows = result.firstRows(PdfReportWriter.MAX_ROWS + 1);
            if (rows.size() > PdfReportWriter.MAX_ROWS) {
                throw new CofferException(ReportErrorCode.REPORT_TOO_LONG_FOR_PDF, "pack " + id + ": report "
                        + report.id() + " has more than " + String.format(Locale.UK, "%,d", PdfReportWriter.MAX_ROWS)
                        + " rows for this period, too "
                        + "many for a pack; choose a shorter period, or run the report on its own as .xlsx or .csv");
            }
            sections.add(new PackResult.Section(result, rows,
                    section.figures().stream().map(f -> PackFigure.of(report, f, rows)).toList()));
        }
        return new PackResult(pack, period, council.name(), ZonedDateTime.now(clock), sections,
                catalogue.templates());
    }
}
