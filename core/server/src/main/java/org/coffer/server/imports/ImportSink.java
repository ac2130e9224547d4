package org.coffer.server.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.Advice;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;
import org.coffer.server.allocation.Allocation;
import org.coffer.server.allocation.Payment;
import org.coffer.server.allocation.ReferenceMatcher;
import org.coffer.server.config.Council;

/**
 * Receives what a format reads and stores it as it comes: each line is written at once (so a large file never sits
 * in memory), tallied per statement, and each statement's figures are checked when it closes. Problems are kept
 * apart by kind: the file's own figures disagreeing may be accepted by an administrator, nothing else may.
 */
final class ImportSink implements FileSink {

    private final FormatContext context;
    private final String formatId;
    private final ReceiptStore store;
    private final Council council;
    private final ReferenceMatcher matcher;
    private final StatementIdentities identities;
    private final long firstStatementId;
    private final List<StatementTally> closed = new ArrayList<>();
    private final List<Problem> readProblems = new ArrayList<>();
    private final List<Problem> figureProblems = new ArrayList<>();
    private final List<ControlFigures> figures = new ArrayList<>();
    private final Set<String> currencies = new HashSet<>();
    private final List<Advice> advices = new ArrayList<>();
    private StatementTally open;

    ImportSink(FormatContext context, String formatId, ReceiptStore store, Council council,
            StatementIdentities identities, long firstStatementId) {
        this.context = context;
        this.formatId = formatId;
        this.store = store;
        this.council = council;
        this.matcher = new ReferenceMatcher(council);
        this.identities = identities;
        this.firstStatementId = firstStatementId;
    }

    @Override
    public void startStatement(StatementStart statement) {
        if (open != null) {
            readProblems.add(context.problem(statement.location(), "", ImportErrorCode.IMPORT_PLUGIN_FAILED,
                    "a statement starts before " + open.describe() + " has ended"));
            endStatement(ControlFigures.none());
        }
        int position = closed.size() + 1;
        open = new StatementTally(position, firstStatementId + position - 1, statement,
                council.bankAccountCode(statement.account()));
        currencies.add(statement.currency());
    }

    @Override
    public void line(StatementLine line) {
        if (open == null) {
            readProblems.add(context.problem(line.location(), "", ImportErrorCode.IMPORT_PLUGIN_FAILED,
                    "a line comes before any statement has started"));
            return;
        }
        if (!line.amount().currency().equals(open.start.currency())) {
            readProblems.add(context.problem(line.location(), "currency", ImportErrorCode.IMPORT_CURRENCY_MISMATCH,
                    "a line in " + line.amount().currency() + " in " + open.describe() + ", whose account is in "
                            + open.start.currency()));
            return;
        }
        open.add(line);
        try {
            store(line);
        } catch (IOException e) {
            throw new StoreWriteException(e);
        }
    }

    /** Stores the line, posted unless it is not income; the council's rules may call a payment a settlement. */
    private void store(StatementLine line) throws IOException {
        if (!ReceiptStore.isPosted(line.kind())) {
            store.write(open.id, open.bankAccount, line, line.kind(), null);
            return;
        }
        Payment payment = Payment.of(line.reference(), line.narrative(), line.signedPence(), line.channel().name(),
                open.bankAccount, formatId, line.valueDate());
        if (line.kind() == LineKind.PAYMENT) {
            Optional<Allocation> allocation = matcher.allocateUnlessSettlement(payment);
            LineKind kind = allocation.isPresent() ? LineKind.PAYMENT : LineKind.SETTLEMENT;
            store.write(open.id, open.bankAccount, line, kind, allocation.orElse(null));
        } else {
            store.write(open.id, open.bankAccount, line, line.kind(), matcher.allocate(payment));
        }
    }

    @Override
    public void endStatement(ControlFigures statementFigures) {
        if (open == null) {
            readProblems.add(context.problem(Location.wholeFile(), "", ImportErrorCode.IMPORT_PLUGIN_FAILED,
                    "a statement ends that never started"));
            return;
        }
        List<Problem> disagreements = ControlFigureCheck.check(context, open, statementFigures);
        open.reconciles = disagreements.isEmpty();
        figureProblems.addAll(disagreements);
        identities.repeatedInFile(context, open).ifPresent(readProblems::add);
        closed.add(open);
        figures.add(statementFigures);
        open = null;
    }

    /** Kept until the file is read: advice files are small, and an advice is stored only with its whole file. */
    @Override
    public void advice(Advice advice) {
        if (open != null) {
            readProblems.add(context.problem(advice.location(), "", ImportErrorCode.IMPORT_PLUGIN_FAILED,
                    "an advice comes inside " + open.describe()));
            return;
        }
        advices.add(advice);
    }

    @Override
    public void problem(Problem problem) {
        readProblems.add(problem);
    }

    /** Problems that no one may accept: unreadable content, duplicates, a statement left open. */
    List<Problem> readProblems() {
        List<Problem> all = new ArrayList<>(readProblems);
        if (open != null) {
            all.add(context.problem(open.start.location(), "", ImportErrorCode.IMPORT_REFUSED,
                    "the file ends inside " + open.describe()));
        }
        if (closed.isEmpty() && advices.isEmpty() && all.isEmpty()) {
            all.add(context.problem(Location.wholeFile(), "", ImportErrorCode.IMPORT_NO_STATEMENTS,
                    "the file holds no statements, batches or advices"));
        }
        return all;
    }

    /** The file's own figures that disagree with what was read; an administrator may accept these with a reason. */
    List<Problem> figureProblems() {
        return List.copyOf(figureProblems);
    }

    List<StatementTally> statements() {
        return List.copyOf(closed);
    }

    List<ControlFigures> figures() {
        return List.copyOf(figures);
    }

    List<Advice> advices() {
        return List.copyOf(advices);
    }

    /** The one currency of the file, or {@code null} when it mixes currencies. */
    String singleCurrency() {
        return currencies.size() == 1 ? currencies.iterator().next() : null;
    }

    /** Keeping a line failed (a full disk, say): not the file's fault, and not the plugin's. */
    static final class StoreWriteException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreWriteException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
