package org.coffer.server;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.config.Council;
import org.coffer.server.config.CouncilLoader;
import org.coffer.server.config.UnitCostsFile;
import org.coffer.server.imports.ImportService;
import org.coffer.server.income.IncomeQueries;
import org.coffer.server.plugins.PluginHost;
import org.coffer.server.reports.ReportCatalogue;
import org.coffer.server.reports.ReportRunner;
import org.coffer.server.store.Database;
import org.coffer.server.users.Users;

/**
 * One running Coffer: its database, its plugins, its council and the services built on them. The web server and
 * the command line both work through it.
 */
public final class Coffer implements AutoCloseable {

    private final CofferConfig config;
    private final Database database;
    private final PluginHost plugins;
    private final Council council;
    private final ImportService imports;
    private final IncomeQueries income;
    private final Users users;
    private final ReportRunner reports;
    private final Clock clock;

    private Coffer(CofferConfig config, Database database, PluginHost plugins, Council council, Clock clock) {
        this.config = config;
        this.database = database;
        this.plugins = plugins;
        this.council = council;
        this.imports = new ImportService(database, plugins::formats, council, clock);
        this.income = new IncomeQueries(database, council.currency());
        this.clock = clock;
        this.users = new Users(database, clock);
        this.reports = new ReportRunner(ReportCatalogue.load(config.councilDir()), database, council, clock,
                UnitCostsFile.load(config.councilDir()));
    }

    /** Loads the plugins, reads the council, and opens (and migrates) the database. */
    public static Coffer open(CofferConfig config, Clock clock) {
        requireNonNull(clock, "clock is null");
        PluginHost plugins = PluginHost.load(config.pluginsDir());
        try {
            // The council's reference rules may name check-digit schemes that plugins provide.
            Council council = config.councilDir().map(dir -> CouncilLoader.load(dir, plugins.checkDigitSchemes()))
                    .orElseGet(Council::unconfigured);
            Database database = Database.open(config.databaseFile());
            try {
                return new Coffer(config, database, plugins, council, clock);
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

    public Council council() {
        return council;
    }

    public ImportService imports() {
        return imports;
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
