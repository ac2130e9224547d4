package org.coffer.server.ledger;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.server.CofferException;
import org.coffer.server.audit.AuditLog;
import org.coffer.server.config.Council;
import org.coffer.server.config.DetailLevel;
import org.coffer.server.config.LedgerSettings;
import org.coffer.server.config.LedgerTarget;
import org.coffer.server.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * Export runs: the postings a target has not yet received, as balanced journals, written by the target's plugin to
 * a file in the exports folder. A run is chosen, written, hashed and recorded in one writing transaction, so two
 * runs never take the same posting, and a plugin that fails leaves no run, no exported posting and no file.
 */
public final class ExportService {

    /** Everything up to the run's last date, when it names no first date. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final Database database;
    private final Supplier<Council> council;
    private final LedgerSettings settings;
    private final Supplier<List<LedgerExport>> exports;
    private final Path folder;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * @param folder where run files are kept: the {@code exports} folder beside the database
     */
    public ExportService(Database database, Council council, LedgerSettings settings,
            Supplier<List<LedgerExport>> exports, Path folder, Clock clock) {
        this(database, () -> council, settings, exports, folder, clock);
    }

    /** A service that reads the council afresh for each run, so that runs follow changes to the funds. */
    public ExportService(Database database, Supplier<Council> council, LedgerSettings settings,
            Supplier<List<LedgerExport>> exports, Path folder, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.council = requireNonNull(council, "council is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.exports = requireNonNull(exports, "exports is null");
        this.folder = requireNonNull(folder, "folder is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.audit = new AuditLog(clock);
    }

    public List<LedgerTarget> targets() {
        return settings.targets();
    }

    /** Exports to the target every posting it has not received that is effective from {@code from} to {@code to}. */
    public ExportRun export(String actor, String targetId, Optional<LocalDate> from, LocalDate to) {
        requireNonNull(to, "to is null");
        if (from.isPresent() && from.get().isAfter(to)) {
            throw new CofferException(LedgerErrorCode.LEDGER_BAD_DATES, "the first date " + from.get()
                    + " is after the last date " + to + "; give --from on or before --to");
        }
        LedgerTarget target = settings.requireTarget(targetId);
        LedgerExport plugin = plugin(target.exportId(), target.id());
        boolean detail = target.detail() == DetailLevel.DETAIL;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return database.write(handle -> {
            long number = ExportDao.nextRunNumber(handle);
            if (ExportDao.choosePostings(handle, number, target.id(), from.orElse(EARLIEST), to,
                    council.get().currency()) == 0) {
                throw nothingToExport(handle, target.id(), from, to);
            }
            RunCodes.record(handle, number, council.get(), settings);
            Journals.Built built = Journals.build(handle, new Journals.Plan(number, number, detail, false, to,
                    council.get().currency()), OpenPeriods.read(handle));
            ExportDao.Totals totals = ExportDao.totals(handle, number);
            RunFile file = write(plugin, target, number, built);
            ExportRun run = new ExportRun(number, target.id(), plugin.id(), target.detail().name(),
                    from.orElse(null), to, ExportDao.bankAccounts(handle, number),
                    file.target().getFileName().toString(), file.sha256(), built.journals().size(),
                    built.lineCount(), totals.postings(), totals.grossPence(), built.vatPence(), built.debitPence(),
                    council.get().currency(), actor, now, null, null);
            return record(handle, run, file, "export.run");
        });
    }

    /**
     * Writes the reversal of a live run (its lines with debit and credit swapped) through the same export, and
     * frees its postings to be exported again.
     */
    public ExportRun reverse(String actor, long runNumber) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return database.write(handle -> {
            ExportRun original = find(handle, runNumber);
            if (original.isReversal()) {
                throw new CofferException(LedgerErrorCode.LEDGER_RUN_REVERSED, "run " + runNumber
                        + " is itself the reversal of run " + original.reverses() + "; export again instead");
            }
            if (!original.isLive()) {
                throw new CofferException(LedgerErrorCode.LEDGER_RUN_REVERSED, "run " + runNumber
                        + " was already reversed by run " + original.reversedBy());
            }
            // A target since removed from the configuration is still reversed, by its export with no settings.
            LedgerTarget target = settings.targets().stream().filter(t -> t.id().equals(original.target()))
                    .findFirst().orElse(new LedgerTarget(original.target(), original.exportId(),
                            DetailLevel.valueOf(original.detail()), Map.of()));
            LedgerExport plugin = plugin(original.exportId(), original.target());
            long number = ExportDao.nextRunNumber(handle);
            Journals.Built built = Journals.build(handle, new Journals.Plan(original.number(), number,
                    DetailLevel.valueOf(original.detail()) == DetailLevel.DETAIL, true, original.toDate(),
                    original.currency()), OpenPeriods.read(handle));
            RunFile file = write(plugin, target, number, built);
            ExportRun run = new ExportRun(number, original.target(), plugin.id(), original.detail(),
                    original.fromDate(), original.toDate(), original.bankAccounts(),
                    file.target().getFileName().toString(), file.sha256(), built.journals().size(),
                    built.lineCount(), 0, -original.grossPence(), built.vatPence(), built.debitPence(),
                    original.currency(), actor, now, original.number(), null);
            return record(handle, run, file, "export.reversed");
        });
    }

    /** Every run, latest first. */
    public List<ExportRun> runs() {
        return database.jdbi().withHandle(ExportDao::runs);
    }

    public ExportRun run(long number) {
        return database.jdbi().withHandle(handle -> find(handle, number));
    }

    /** The run's file in the exports folder. */
    public Path file(ExportRun run) {
        return folder.resolve(run.fileName());
    }

    private RunFile write(LedgerExport plugin, LedgerTarget target, long number, Journals.Built built) {
        String fileName = target.id() + "-run-" + number + "." + plugin.fileExtension();
        TargetContext context = new TargetContext(council.get().name(), fileName, target.settings());
        return RunFile.write(folder, fileName, plugin.id(), out -> plugin.write(built.journals(), context, out));
    }

    private ExportRun record(Handle handle, ExportRun run, RunFile file, String action) {
        try {
            ExportDao.insertRun(handle, run);
            audit.append(handle, run.madeBy(), action, "export run #" + run.number(), null, ExportAuditText.of(run));
            file.moveIntoPlace();
            return run;
        } catch (RuntimeException e) {
            file.discard();
            throw e;
        }
    }

    private LedgerExport plugin(String exportId, String targetId) {
        List<LedgerExport> loaded = exports.get();
        return loaded.stream().filter(export -> export.id().equals(exportId)).findFirst()
                .orElseThrow(() -> new CofferException(LedgerErrorCode.LEDGER_UNKNOWN_EXPORT, "target " + targetId
                        + " writes with the export '" + exportId + "', which no loaded plugin provides; "
                        + (loaded.isEmpty() ? "no plugin provides a ledger export"
                                : "the exports are " + String.join(", ", loaded.stream().map(LedgerExport::id)
                                        .sorted().toList()))));
    }

    private static ExportRun find(Handle handle, long number) {
        return ExportDao.run(handle, number).orElseThrow(() -> new CofferException(LedgerErrorCode.LEDGER_RUN_UNKNOWN,
                "there is no export run " + number + "; `coffer exports` lists them"));
    }

    private static CofferException nothingToExport(Handle handle, String target, Optional<LocalDate> from,
            LocalDate to) {
        String dates = from.map(f -> "dated " + f + " to " + to).orElse("dated up to " + to);
        OptionalLong covering = ExportDao.liveRunCovering(handle, target, from.orElse(EARLIEST), to);
        return new CofferException(LedgerErrorCode.LEDGER_NOTHING_TO_EXPORT, covering.isPresent()
                ? "nothing to export to " + target + ": run " + covering.getAsLong() + " already exported the "
                        + "postings " + dates + "; reverse it first to export them again"
                : "nothing to export to " + target + ": there are no postings " + dates);
    }
}
