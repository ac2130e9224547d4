package org.coffer.server;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.config.ConfigErrorCode;
import org.coffer.server.config.Council;
import org.coffer.server.config.CouncilLoader;
import org.coffer.server.config.CurrentCouncil;
import org.coffer.server.config.LayoutFiles;
import org.coffer.server.config.LedgerSettings;
import org.coffer.server.config.LedgerSettingsFiles;
import org.coffer.server.config.SettlersFile;
import org.coffer.server.config.UnitCostsFile;
import org.coffer.server.imports.ImportService;
import org.coffer.server.income.IncomeQueries;
import org.coffer.server.ledger.ExportService;
import org.coffer.server.ledger.PeriodClosing;
import org.coffer.server.plugins.PluginHost;
import org.coffer.server.reconciliation.ReconciliationService;
import org.coffer.server.reports.ReportCatalogue;
import org.coffer.server.reports.ReportRunner;
import org.coffer.server.settings.CouncilSettings;
import org.coffer.server.store.Database;
import org.coffer.server.suspense.SuspenseFigures;
import org.coffer.server.suspense.SuspenseService;
import org.coffer.server.suspense.TransferService;
import org.coffer.server.users.Users;

/**
 * One running Coffer: its database, its plugins, its council and the services built on them. The web server and
 * the command line both work through it.
 */
public final class Coffer implements AutoCloseable {

    private final CofferConfig config;
    private final Database database;
    private final PluginHost plugins;
    private final CurrentCouncil council;
    private final List<InboundFormat> formats;
    private final ImportService imports;
    private final ReconciliationService reconciliation;
    private final IncomeQueries income;
    private final Users users;
    private final ReportRunner reports;
    private final ExportService exports;
    private final PeriodClosing periods;
    private final SuspenseService suspense;
    private final TransferService transfers;
    private final SuspenseFigures suspenseFigures;
    private final Optional<CouncilSettings> settings;
    private final Clock clock;

    private Coffer(CofferConfig config, Database database, PluginHost plugins, Council council,
            LedgerSettings ledger, Clock clock) {
        this.config = config;
        this.database = database;
        this.plugins = plugins;
        this.council = new CurrentCouncil(council);
        this.formats = plugins.withCouncilLayouts(config.councilDir().map(LayoutFiles::read).orElse(List.of()));
        this.reconciliation = new ReconciliationService(database, SettlersFile.read(config.councilDir()), clock);
        this.imports = new ImportService(database, () -> formats, this.council, clock, reconciliation::afterImport);
        this.income = new IncomeQueries(database, council.currency());
        this.clock = clock;
        this.users = new Users(database, clock);
        this.reports = new ReportRunner(ReportCatalogue.load(config.councilDir(), plugins.reportDefinitions()),
                database, this.council, clock, UnitCostsFile.load(config.councilDir()), reconciliation.settlers());
        this.exports = new ExportService(database, this.council, ledger, plugins::ledgerExports,
                config.databaseFile().toAbsolutePath().resolveSibling("exports"), clock);
        this.periods = new PeriodClosing(database, clock);
        this.suspense = new SuspenseService(database, this.council, clock);
        this.transfers = new TransferService(database, this.council, clock);
        this.suspenseFigures = new SuspenseFigures(database, clock, council.currency());
        this.settings = config.councilDir().map(dir -> new CouncilSettings(dir, plugins.checkDigitSchemes(),
                this.council, database, clock));
    }

    /** Loads the plugins, reads the council, and opens (and migrates) the database. */
    public static Coffer open(CofferConfig config, Clock clock) {
        requireNonNull(clock, "clock is null");
        PluginHost plugins = PluginHost.load(config.pluginsDir());
        try {
            // The council's reference rules may name check-digit schemes that plugins provide.
            Council council = config.councilDir().map(dir -> CouncilLoader.load(dir, plugins.checkDigitSchemes()))
                    .orElseGet(Council::unconfigured);
            LedgerSettings ledger = config.councilDir().map(dir -> LedgerSettingsFiles.read(dir, council))
                    .orElseGet(LedgerSettings::none);
            Database database = Database.open(config.databaseFile());
            try {
                return new Coffer(config, database, plugins, council, ledger, clock);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
    }

    public CofferConfig config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public PluginHost plugins() {
        return plugins;
    }

    /** The council as it stands now; people with the right change it through {@link #currentCouncil()}. */
    public Council council() {
        return council.get();
    }

    /** The holder of the council, which the services read for each operation. */
    public CurrentCouncil currentCouncil() {
        return council;
    }

    /** Every inbound format: the plugins' own and those of the council's layout files, by id. */
    public List<InboundFormat> formats() {
        return formats;
    }

    /** The ids of {@link #formats()}, in order, for people choosing one. */
    public List<String> formatIds() {
        return formats.stream().map(InboundFormat::id).toList();
    }

    public ImportService imports() {
        return imports;
    }

    /** Settlements matched to their detail, what is left over, and what people do about it. */
    public ReconciliationService reconciliation() {
        return reconciliation;
    }

    public IncomeQueries income() {
        return income;
    }

    public Users users() {
        return users;
    }

    /** The report catalogue (shipped, and the council's own) and the runner of its reports. */
    public ReportRunner reports() {
        return reports;
    }

    /** Export runs to the council's finance systems: run, list, reverse. */
    public ExportService exports() {
        return exports;
    }

    /** Closing financial periods, and which are closed. */
    public PeriodClosing periods() {
        return periods;
    }

    /** The suspense queue and what officers do to its items. */
    public SuspenseService suspense() {
        return suspense;
    }

    /** Administrators' changes to the council's files, refused when no council folder is configured. */
    public CouncilSettings settings() {
        return settings.orElseThrow(() -> new CofferException(ConfigErrorCode.COUNCIL_NOT_CONFIGURED,
                "no council folder is configured, so there are no settings to change: set council.dir in "
                        + "coffer.properties"));
    }

    /** Transfers and journals between funds and accounts. */
    public TransferService transfers() {
        return transfers;
    }

    /** How the suspense queue is doing, for the queue page, the dashboard and reports. */
    public SuspenseFigures suspenseFigures() {
        return suspenseFigures;
    }

    /** The time Coffer works in: the council's, so that "today" is the council's today. */
    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        try {
            plugins.close();
        } finally {
            database.close();
        }
    }
}
