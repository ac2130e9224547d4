package org.coffer.server.suspense;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.coffer.server.CofferException;
import org.coffer.server.audit.AuditJson;
import org.coffer.server.audit.AuditLog;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;
import org.coffer.server.store.Database;
import org.coffer.server.text.Amounts;
import org.jdbi.v3.core.Handle;

/**
 * What an officer does to a suspense item: lock it, write a note, allocate it in full or split it (credit notes
 * included), mark it for return to the payer, or undo an action. Each is one transaction under the store's write
 * lock, writes money only as postings, and is audited with the person.
 */
public final class SuspenseService {

    private final Database database;
    private final Supplier<Council> council;
    private final SuspenseQueue queue;
    private final ItemLocks locks;
    private final ActionPostings postings;
    private final LineCheck lineCheck;
    private final AuditLog audit;

    public SuspenseService(Database database, Council council, Clock clock) {
        this(database, () -> council, clock);
    }

    /** A service that reads the council afresh for each action, so that it follows changes to the council. */
    public SuspenseService(Database database, Supplier<Council> council, Clock clock) {
        this.database = database;
        this.council = council;
        this.queue = new SuspenseQueue(database, clock);
        this.locks = new ItemLocks(clock);
        this.postings = new ActionPostings(clock);
        this.lineCheck = new LineCheck(council);
        this.audit = new AuditLog(clock);
    }

    public SuspenseQueue queue() {
        return queue;
    }

    /** Takes the item for {@code actor}, or renews their lock; returns when the lock lapses. */
    public Instant lock(long receiptId, String actor) {
        return database.write(handle -> {
            requireItem(handle, receiptId);
            Instant until = locks.take(handle, receiptId, actor);
            audit.append(handle, actor, "suspense.locked", subject(receiptId), null,
                    AuditJson.of(Map.of("until", until.toString())));
            return until;
        });
    }

    public void unlock(long receiptId, String actor) {
        database.writeWith(handle -> {
            requireItem(handle, receiptId);
            locks.release(handle, receiptId, actor);
            audit.append(handle, actor, "suspense.unlocked", subject(receiptId), null, null);
        });
    }

    public void note(long receiptId, String actor, String text) {
        String note = requireText(text, "note");
        database.writeWith(handle -> {
            requireItem(handle, receiptId);
            SuspenseNotes.add(handle, receiptId, actor, postings.now(), note);
            audit.append(handle, actor, "suspense.noted", subject(receiptId), null, AuditJson.of(Map.of("note", note)));
        });
    }

    /** Puts the whole open amount on one fund and account; returns the action. */
    public long allocate(long receiptId, String actor, String fundCode, String accountReference) {
        return database.write(handle -> {
            SuspenseItem item = requireWorkable(handle, receiptId, actor);
            return clear(handle, item, actor, List.of(new AllocationLine(fundCode, accountReference,
                    item.openPence())));
        });
    }

    /**
     * Splits the open amount over the lines, which must add up to it exactly; a line against the item's sign is a
     * credit note. Returns the action.
     */
    public long split(long receiptId, String actor, List<AllocationLine> lines) {
        return database.write(handle -> clear(handle, requireWorkable(handle, receiptId, actor), actor, lines));
    }

    /** Marks an open item for return to the payer; no money moves until the bank returns it. */
    public long markForReturn(long receiptId, String actor, String reason) {
        String why = requireText(reason, "reason for the return");
        return database.write(handle -> {
            SuspenseItem item = requireWorkable(handle, receiptId, actor);
            long action = MoneyActionsDao.insert(handle, ActionKind.RETURN, item.receiptId(), actor, postings.now(),
                    postings.effectiveDate(), false, null, why);
            audit.append(handle, actor, "suspense.return-marked", subject(receiptId), null,
                    AuditJson.of(Map.of("action", action, "reason", why)));
            return action;
        });
    }

    /**
     * Reverses an action's postings (a return mark has none), which puts a cleared item back in suspense. Refused
     * for an undo, for an action already undone, and while a later action on one of its receipts stands.
     */
    public long undo(long actionId, String actor) {
        return database.write(handle -> {
            MoneyAction action = MoneyActionsDao.find(handle, actionId).orElseThrow(() -> new CofferException(
                    SuspenseErrorCode.SUSPENSE_NOT_FOUND, "there is no action " + actionId));
            UndoRules.check(handle, action);
            if (action.receiptId() != 0) {
                locks.requireFree(handle, action.receiptId(), actor);
            }
            long undo = MoneyActionsDao.insert(handle, ActionKind.UNDO, action.receiptId() == 0 ? null
                    : action.receiptId(), actor, postings.now(), postings.effectiveDate(), false, actionId,
                    "undoes action " + actionId);
            postings.reverse(handle, undo, actionId, actor);
            audit.append(handle, actor, "money.undone", "action " + actionId, null,
                    AuditJson.of(Map.of("undo", undo, "kind", action.kind().name())));
            return undo;
        });
    }

    private long clear(Handle handle, SuspenseItem item, String actor, List<AllocationLine> lines) {
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            problems.add("give at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            AllocationLine line = lines.get(i);
            boolean creditNote = Long.signum(line.pence()) == -Long.signum(item.openPence());
            problems.addAll(lineCheck.problems("line " + (i + 1), line, creditNote, item.currency()));
        }
        long total = lines.stream().mapToLong(AllocationLine::pence).sum();
        if (problems.isEmpty() && total != item.openPence()) {
            problems.add("the lines add up to " + Amounts.format(total, item.currency()) + ", but the item has "
                    + Amounts.format(item.openPence(), item.currency()) + " open; they must be equal to the penny ("
                    + Amounts.format(Math.abs(item.openPence() - total), item.currency())
                    + (total < item.openPence() ? " short)" : " over)"));
        }
        LineCheck.refuseIfAny(problems, SuspenseErrorCode.SUSPENSE_BAD_LINES, "the allocation of item "
                + item.receiptId());
        String reason = lines.size() == 1 ? "allocated from suspense" : "split from suspense over " + lines.size()
                + " lines";
        long action = MoneyActionsDao.insert(handle, ActionKind.ALLOCATE, item.receiptId(), actor, postings.now(),
                postings.effectiveDate(), true, null, reason);
        var receipt = ActionPostings.Receipt.of(handle, item.receiptId(), actor);
        String posted = reason + " (action " + action + ")";
        ActionPostings.Batch batch = postings.begin(handle, action);
        batch.post(receipt, Fund.SUSPENSE, "", -item.openPence(), posted, null);
        for (AllocationLine line : lines) {
            batch.post(receipt, line.fundCode(), line.accountReference(), line.pence(), posted, null);
        }
        locks.drop(handle, item.receiptId());
        audit.append(handle, actor, "suspense.allocated", subject(item.receiptId()),
                AuditJson.of(Map.of("openPence", item.openPence())),
                AuditJson.of(Map.of("action", action, "lines", AuditText.lines(lines))));
        return action;
    }

    private SuspenseItem requireItem(Handle handle, long receiptId) {
        return queue.item(handle, receiptId).orElseThrow(() -> new CofferException(
                SuspenseErrorCode.SUSPENSE_NOT_FOUND, "there is no suspense item " + receiptId));
    }

    /** The item, when it is open, not marked for return, and nobody else holds it. */
    private SuspenseItem requireWorkable(Handle handle, long receiptId, String actor) {
        SuspenseItem item = requireItem(handle, receiptId);
        if (!item.open()) {
            throw new CofferException(SuspenseErrorCode.SUSPENSE_NOT_OPEN, "item " + receiptId + " has nothing left "
                    + "in suspense: " + lastClearing(handle, receiptId) + ". Reload the queue");
        }
        if (item.markedForReturn()) {
            throw new CofferException(SuspenseErrorCode.SUSPENSE_NOT_OPEN, "item " + receiptId + " is marked for "
                    + "return to the payer (" + item.returnReason() + "); undo the mark first to allocate it");
        }
        locks.requireFree(handle, receiptId, actor);
        return item;
    }

    private static String lastClearing(Handle handle, long receiptId) {
        return MoneyActionsDao.onReceipt(handle, receiptId).stream()
                .filter(a -> a.clears() && a.stands()).reduce((first, second) -> second)
                .map(a -> "it was cleared by " + a.madeBy() + " in action " + a.id())
                .orElse("it was cleared");
    }

    private static String requireText(String text, String what) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > SuspenseNotes.MAX_LENGTH) {
            throw new CofferException(SuspenseErrorCode.SUSPENSE_BAD_TEXT, "the " + what + " must be from 1 to "
                    + SuspenseNotes.MAX_LENGTH + " characters, was " + clean.length());
        }
        return clean;
    }

    private static String subject(long receiptId) {
        return "suspense item " + receiptId;
    }
}
