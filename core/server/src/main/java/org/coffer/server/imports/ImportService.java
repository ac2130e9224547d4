package org.coffer.server.imports;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.format.TextEncoding;
import org.coffer.server.CofferException;
import org.coffer.server.audit.AuditLog;
import org.coffer.server.config.Council;
import org.coffer.server.ledger.OpenPeriods;
import org.coffer.server.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * Imports files: fingerprint, refuse a file already stored, choose the format, then read, check and store it in
 * one transaction. A file lands whole or not at all; a refused attempt leaves only its row in the history.
 * Imports run one at a time, because DuckDB has one writer and ids are taken from the tables.
 */
public final class ImportService {

    /** Enough lines for a person to see that the file reads as they expect. */
    static final int PREVIEW_LINES = 20;

    private final Database database;
    private final Supplier<List<InboundFormat>> formats;
    private final Supplier<Council> council;
    private final AuditLog audit;
    private final Clock clock;
    private final AfterImport afterImport;

    /**
     * An import service that reads the council afresh for each import, in the writers' turn (an import after a
     * change to the council uses the change, and one already running finishes on the council it started with),
     * and runs {@code afterImport} at the end of each stored import's transaction.
     */
    public ImportService(Database database, Supplier<List<InboundFormat>> formats, Supplier<Council> council,
            Clock clock, AfterImport afterImport) {
        this.afterImport = requireNonNull(afterImport, "afterImport is null");
        this.database = requireNonNull(database, "database is null");
        this.formats = requireNonNull(formats, "formats is null");
        this.council = requireNonNull(council, "council is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.audit = new AuditLog(clock);
    }

    /** Stores the file, or throws a {@link CofferException} saying why not, having stored nothing of it. */
    public synchronized ImportOutcome importFile(ImportRequest request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        FileFingerprint fingerprint = fingerprint(request);
        Attempt attempt = new Attempt(request, fingerprint, now);
        try {
            chooseFormat(attempt);
            return storeInOneTransaction(attempt);
        } catch (CofferException e) {
            recordRefusal(attempt, e);
            throw e;
        }
    }

    /**
     * Reads the file as importing it would, and says what would be stored or why it would be refused, storing
     * nothing. A file that no format reads, or that is already stored, is refused as {@link #importFile} would.
     */
    public ImportPreview preview(ImportRequest request) {
        FileFingerprint fingerprint = fingerprint(request);
        Attempt attempt = new Attempt(request, fingerprint, clock.instant());
        chooseFormat(attempt);
        ImportContext context = attempt.context();
        StatementIdentities identities = new StatementIdentities();
        PreviewLines lines = new PreviewLines(PREVIEW_LINES);
        ImportSink sink = attempt.sink(context, lines, council.get(), identities, 1);
        List<Problem> problems = new ArrayList<>();
        try {
            read(attempt, context, sink);
        } catch (ImportRefusedException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(sink.readProblems().stream().filter(p -> !problems.contains(p)).toList());
        problems.addAll(database.jdbi().withHandle(handle -> identities.alreadyStored(handle, context)));
        boolean acceptable = problems.isEmpty() && !sink.figureProblems().isEmpty();
        problems.addAll(sink.figureProblems());
        List<StatementOutcome> statements = new ArrayList<>();
        for (int i = 0; i < sink.statements().size(); i++) {
            statements.add(sink.statements().get(i).outcome(sink.figures().get(i)));
        }
        return new ImportPreview(request.fileName(), attempt.format.id(), attempt.format.displayName(), statements,
                lines.lines(), statements.stream().mapToLong(StatementOutcome::receipts).sum(),
                problems.stream().map(Problem::toString).toList(), acceptable);
    }

    /** The most recent imports, stored and refused, newest first. */
    public List<ImportRecord> history(int limit) {
        return database.jdbi().withHandle(handle -> ImportDao.history(handle, limit));
    }

    /** Refuses a file already stored, then finds the format that reads it (or the one the person named). */
    private void chooseFormat(Attempt attempt) {
        refuseIfStored(attempt.request, attempt.fingerprint);
        attempt.format = FormatChooser.choose(formats.get(), attempt.fingerprint.sample(), attempt.request.formatId());
    }

    private void refuseIfStored(ImportRequest request, FileFingerprint fingerprint) {
        database.jdbi().useHandle(handle -> ImportDao.findStored(handle, fingerprint.sha256())
                .ifPresent(earlier -> {
                    throw new CofferException(ImportErrorCode.IMPORT_DUPLICATE_FILE, request.fileName()
                            + " has already been imported, as import #" + earlier.id() + " (" + earlier.fileName()
                            + ", on " + earlier.importedAt() + " by " + earlier.importedBy() + ")");
                }));
    }

    private ImportOutcome storeInOneTransaction(Attempt attempt) {
        try {
            return database.bulkWrite(handle -> store(handle, attempt));
        } catch (IOException e) {
            throw new CofferException(ImportErrorCode.IMPORT_STORE_FAILED, "storing " + attempt.request.fileName()
                    + " failed, and nothing of it was kept: " + e.getMessage(), List.of(), e);
        }
    }

    private ImportOutcome store(Handle handle, Attempt attempt) throws IOException {
        ImportRequest request = attempt.request;
        long importId = ImportDao.nextId(handle, "imports");
        ImportContext context = attempt.context();
        StatementIdentities identities = new StatementIdentities();
        try (ReceiptStaging staging = new ReceiptStaging(database.file(), handle, importId,
                ImportDao.nextId(handle, "receipts"), ImportDao.nextId(handle, "postings"), request.actor(),
                attempt.now, OpenPeriods.read(handle))) {
            // Read in the writers' turn, so that an import waiting behind a settings change allocates by it.
            ImportSink sink = attempt.sink(context, staging, council.get(), identities,
                    ImportDao.nextId(handle, "statements"));
            read(attempt, context, sink);
            staging.finish();
            List<Problem> refusing = new ArrayList<>(sink.readProblems());
            refusing.addAll(identities.alreadyStored(handle, context));
            List<Problem> figureProblems = sink.figureProblems();
            if (request.acceptReason().isEmpty()) {
                refusing.addAll(figureProblems);
            }
            if (!refusing.isEmpty()) {
                throw refusal(request, refusing);
            }
            ImportOutcome outcome = record(handle, attempt, importId, sink, !figureProblems.isEmpty());
            afterImport.stored(handle, importId, request.actor());
            return outcome;
        }
    }

    private void read(Attempt attempt, ImportContext context, ImportSink sink) {
        try (InputStream in = Files.newInputStream(attempt.request.file())) {
            attempt.format.read(in, context, sink);
        } catch (ProblemException e) {
            throw refusal(attempt.request, merge(sink.readProblems(), e.problems()));
        } catch (ImportSink.StoreWriteException e) {
            throw new CofferException(ImportErrorCode.IMPORT_STORE_FAILED, "storing " + attempt.request.fileName()
                    + " failed, and nothing of it was kept: " + e.getMessage(), List.of(), e);
        } catch (IOException e) {
            throw new CofferException(ImportErrorCode.IMPORT_UNREADABLE, "cannot read " + attempt.request.fileName()
                    + ": " + e.getMessage(), List.of(), e);
        } catch (RuntimeException | LinkageError e) {
            throw new CofferException(ImportErrorCode.IMPORT_PLUGIN_FAILED, "the " + attempt.format.id()
                    + " format failed while reading " + attempt.request.fileName() + " (" + e
                    + "); nothing of the file was kept. This is a fault in the plugin: please report it with the file.",
                    List.of(), e);
        }
    }

    private ImportOutcome record(Handle handle, Attempt attempt, long importId, ImportSink sink,
            boolean acceptedDespiteFigures) {
        ImportRequest request = attempt.request;
        List<StatementTally> statements = sink.statements();
        List<ControlFigures> figures = sink.figures();
        String currency = sink.singleCurrency();
        String acceptedReason = acceptedDespiteFigures ? request.acceptReason().orElseThrow() : null;
        ImportRecord row = new ImportRecord(importId, request.fileName(), attempt.fingerprint.sha256(),
                attempt.format.id(), request.actor(), attempt.now, ImportRecord.STORED, statements.size(),
                statements.stream().mapToLong(t -> t.receipts).sum(),
                currency == null ? 0 : statements.stream().mapToLong(t -> t.creditPence).sum(),
                currency == null ? 0 : statements.stream().mapToLong(t -> t.debitPence).sum(),
                currency, acceptedReason, null);
        ImportDao.insert(handle, row);
        ImportDao.insertStatements(handle, importId, statements, figures);
        ImportDao.insertAdvices(handle, importId, sink.advices());
        List<StatementOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            outcomes.add(statements.get(i).outcome(figures.get(i)));
        }
        audit.append(handle, request.actor(), acceptedReason == null ? "import.stored" : "import.accepted",
                "import #" + importId, null, ImportAuditText.of(row));
        return new ImportOutcome(importId, request.fileName(), attempt.format.id(), attempt.fingerprint.sha256(),
                request.actor(), attempt.now, outcomes, sink.advices().size(), acceptedReason);
    }

    /** Keeps a refused attempt in the history, in its own transaction: the refused data itself is gone. */
    private void recordRefusal(Attempt attempt, CofferException refusal) {
        StringBuilder text = new StringBuilder(refusal.getMessage());
        refusal.details().forEach(detail -> text.append('\n').append(detail));
        database.writeWith(handle -> {
            long id = ImportDao.nextId(handle, "imports");
            ImportRecord row = new ImportRecord(id, attempt.request.fileName(), attempt.fingerprint.sha256(),
                    attempt.format == null ? null : attempt.format.id(), attempt.request.actor(), attempt.now,
                    ImportRecord.REFUSED, 0, 0, 0, 0, null, null, text.toString());
            ImportDao.insert(handle, row);
            audit.append(handle, attempt.request.actor(), "import.refused", "import #" + id, null,
                    ImportAuditText.of(row));
        });
    }

    private static ImportRefusedException refusal(ImportRequest request, List<Problem> problems) {
        ImportErrorCode code = problems.stream().map(Problem::code).filter(ImportErrorCode.class::isInstance)
                .map(ImportErrorCode.class::cast).findFirst().orElse(ImportErrorCode.IMPORT_REFUSED);
        String first = problems.get(0).toString();
        int others = problems.size() - 1;
        String more = others == 0 ? "" : " (and " + others + (others == 1 ? " more problem)" : " more problems)");
        return new ImportRefusedException(code, request.fileName() + " was refused and nothing of it was stored: "
                + first + more, problems);
    }

    private static List<Problem> merge(List<Problem> found, List<Problem> fatal) {
        List<Problem> all = new ArrayList<>(found);
        fatal.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    private static FileFingerprint fingerprint(ImportRequest request) {
        try {
            return FileFingerprint.of(request.file(), request.fileName());
        } catch (IOException e) {
            throw new CofferException(ImportErrorCode.IMPORT_UNREADABLE, "cannot read " + request.fileName() + ": "
                    + e.getMessage(), List.of(), e);
        }
    }

    /** One import as it goes: what was asked, the file's fingerprint, and the format once chosen. */
    private static final class Attempt {
        final ImportRequest request;
        final FileFingerprint fingerprint;
        final Instant now;
        InboundFormat format;

        Attempt(ImportRequest request, FileFingerprint fingerprint, Instant now) {
            this.request = request;
            this.fingerprint = fingerprint;
            this.now = now;
        }

        /** What the format is told of the file: its name, and the encoding its first bytes show. */
        ImportContext context() {
            return new ImportContext(request.fileName(), TextEncoding.detect(fingerprint.sample().leadingBytes()));
        }

        /** Where the format's lines go, as a preview keeps them or as an import stores them. */
        ImportSink sink(ImportContext context, ReceiptStore store, Council council, StatementIdentities identities,
                long firstStatementId) {
            return new ImportSink(context, format.id(), store, council, identities, firstStatementId);
        }
    }
}
