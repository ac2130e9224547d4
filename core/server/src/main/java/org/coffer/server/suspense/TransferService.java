package org.coffer.server.suspense;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.coffer.server.audit.AuditJson;
import org.coffer.server.audit.AuditLog;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;
import org.coffer.server.store.Database;
import org.coffer.server.text.Amounts;
import org.jdbi.v3.core.Handle;

/**
 * Transfers and journals between funds and accounts, written as postings on the receipts whose money moves: a
 * source's receipt loses the amount on its fund and account, and its target gains it on the same receipt. Undone
 * like any action, by {@link SuspenseService#undo}.
 */
public final class TransferService {

    private final Database database;
    private final Supplier<Council> council;
    private final ActionPostings postings;
    private final LineCheck lineCheck;
    private final AuditLog audit;

    public TransferService(Database database, Council council, Clock clock) {
        this(database, () -> council, clock);
    }

    /** A service that reads the council afresh for each transfer, so that it follows changes to the council. */
    public TransferService(Database database, Supplier<Council> council, Clock clock) {
        this.database = database;
        this.council = council;
        this.postings = new ActionPostings(clock);
        this.lineCheck = new LineCheck(council);
        this.audit = new AuditLog(clock);
    }

    /** Checks and writes the transfer; returns its action. */
    public long transfer(Transfer transfer, String actor) {
        return database.write(handle -> {
            LineCheck.refuseIfAny(problems(handle, transfer), SuspenseErrorCode.SUSPENSE_BAD_TRANSFER, "the transfer");
            String reason = transfer.reason().isEmpty() ? "transfer" : "transfer: " + transfer.reason();
            long action = MoneyActionsDao.insert(handle, ActionKind.TRANSFER, null, actor, postings.now(),
                    postings.effectiveDate(), false, null, reason);
            String posted = reason + " (action " + action + ")";
            ActionPostings.Batch batch = postings.begin(handle, action);
            List<Transfer.Source> sources = transfer.sources();
            for (int i = 0; i < sources.size(); i++) {
                Transfer.Source source = sources.get(i);
                var receipt = ActionPostings.Receipt.of(handle, source.receiptId(), actor);
                batch.post(receipt, source.from().fundCode(), source.from().accountReference(),
                        -source.from().pence(), posted, null);
                List<AllocationLine> targets = sources.size() == 1 ? transfer.targets()
                        : List.of(transfer.targets().get(i));
                for (AllocationLine target : targets) {
                    batch.post(receipt, target.fundCode(), target.accountReference(), target.pence(), posted, null);
                }
            }
            audit.append(handle, actor, "transfer.made", "action " + action, null, AuditJson.of(Map.of(
                    "sources", sources.stream().map(s -> Map.of("receipt", s.receiptId(), "fund",
                            s.from().fundCode(), "account", s.from().accountReference(), "pence", s.from().pence()))
                            .toList(),
                    "targets", AuditText.lines(transfer.targets()), "reason", transfer.reason())));
            return action;
        });
    }

    private List<String> problems(Handle handle, Transfer transfer) {
        List<String> problems = new ArrayList<>();
        List<Transfer.Source> sources = transfer.sources();
        List<AllocationLine> targets = transfer.targets();
        if (sources.isEmpty() || targets.isEmpty()) {
            problems.add("give at least one source and one target");
            return problems;
        }
        if (sources.size() > 1 && sources.size() != targets.size()) {
            problems.add("with several sources, give one target for each: there are " + sources.size()
                    + " sources and " + targets.size() + " targets");
            return problems;
        }
        Map<String, Long> taken = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            problems.addAll(sourceProblems(handle, "source " + (i + 1), sources.get(i), taken));
        }
        for (int i = 0; i < targets.size(); i++) {
            AllocationLine target = targets.get(i);
            problems.addAll(lineCheck.problems("target " + (i + 1), target, false, council.get().currency()));
            if (target.pence() < 0) {
                problems.add("target " + (i + 1) + ": the amount must be more than nothing");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (sources.size() == 1) {
            long source = sources.get(0).from().pence();
            long total = targets.stream().mapToLong(AllocationLine::pence).sum();
            if (total != source) {
                problems.add("the targets add up to " + money(total) + " but the source is " + money(source)
                        + "; they must be equal");
            }
        } else {
            for (int i = 0; i < sources.size(); i++) {
                long source = sources.get(i).from().pence();
                long target = targets.get(i).pence();
                if (source != target) {
                    problems.add("pair " + (i + 1) + ": the source is " + money(source) + " but its target is "
                            + money(target) + "; each source must equal its target");
                }
            }
        }
        return problems;
    }

    /** A source names money that is there: a real fund other than suspense, holding at least the amount. */
    private List<String> sourceProblems(Handle handle, String label, Transfer.Source source, Map<String, Long> taken) {
        AllocationLine from = source.from();
        if (from.pence() <= 0) {
            return List.of(label + ": the amount must be more than nothing");
        }
        if (council.get().fund(from.fundCode()).isEmpty()) {
            return List.of(label + ": there is no fund '" + from.fundCode() + "'");
        }
        if (Fund.SUSPENSE.equals(from.fundCode())) {
            return List.of(label + ": money in suspense is cleared from the suspense queue, not transferred");
        }
        String key = source.receiptId() + "|" + from.fundCode() + "|" + from.accountReference();
        long wanted = taken.merge(key, from.pence(), Long::sum);
        long held = handle.createQuery("""
                        SELECT CAST(coalesce(sum(amount_pence), 0) AS BIGINT) FROM postings
                        WHERE receipt_id = :receipt AND fund_code = :fund AND account_reference = :account""")
                .bind("receipt", source.receiptId()).bind("fund", from.fundCode())
                .bind("account", from.accountReference()).mapTo(Long.class).one();
        if (held < wanted) {
            return List.of(label + ": receipt " + source.receiptId() + " has " + money(held) + " on " + from.fundCode()
                    + (from.accountReference().isEmpty() ? "" : " account " + from.accountReference())
                    + ", less than the " + money(wanted) + " to move");
        }
        return List.of();
    }

    private String money(long pence) {
        return Amounts.format(pence, council.get().currency());
    }
}
