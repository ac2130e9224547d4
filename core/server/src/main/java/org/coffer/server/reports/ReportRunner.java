package org.coffer.server.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.coffer.server.config.Council;
import org.coffer.server.config.UnitCost;
import org.coffer.server.store.Database;

/** Runs catalogue reports: checks the parameters straight away, and reads the rows when a writer asks for them. */
public final class ReportRunner {

    private final ReportCatalogue catalogue;
    private final Database database;
    private final Supplier<Council> council;
    private final Clock clock;
    private final List<UnitCost> unitCosts;

    /** A runner whose reports cost payments at the published unit costs. */
    public ReportRunner(ReportCatalogue catalogue, Database database, Council council, Clock clock) {
        this(catalogue, database, council, clock, UnitCost.DEFAULTS);
    }

    /** A runner whose reports cost payments at the council's own unit costs ({@code unit-costs.csv}). */
    public ReportRunner(ReportCatalogue catalogue, Database database, Council council, Clock clock,
            List<UnitCost> unitCosts) {
        this(catalogue, database, () -> council, clock, unitCosts);
    }

    /** A runner that reads the council afresh for each report, so that reports follow changes to the council. */
    public ReportRunner(ReportCatalogue catalogue, Database database, Supplier<Council> council, Clock clock,
            List<UnitCost> unitCosts) {
        this.catalogue = catalogue;
        this.database = database;
        this.council = council;
        this.clock = clock;
        this.unitCosts = List.copyOf(unitCosts);
    }

    public ReportCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Prepares the report {@code id} with the given parameter values (by name, as text); parameters not given take
     * their defaults. An unknown report or a wrong value is a user error naming it.
     */
    public ReportResult run(String id, Map<String, String> parameters) {
        Report report = catalogue.find(id);
        Council council = this.council.get();
        ResolvedParameters resolved = new ParameterParser(council, LocalDate.now(clock)).resolve(report, parameters);
        return new ReportResult(report, resolved.values(), council.name(), database.file().getFileName().toString(),
                ZonedDateTime.now(clock), new ReportQuery(database, report, resolved.bindings(), clock.getZone(),
                        new CouncilTables(unitCosts, council.channels())),
                catalogue.templates());
    }
}
