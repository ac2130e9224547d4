package org.coffer.server.suspense;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Something a person did to money or to a suspense item.
 *
 * @param receiptId the suspense item, or 0 for a transfer (its receipts are its postings')
 * @param clears whether it took the item's whole amount out of suspense
 * @param undoes the action an undo reverses, or 0
 * @param undoneBy the undo that reversed this action, or 0 while it stands
 */
public record MoneyAction(long id, ActionKind kind, long receiptId, String madeBy, Instant madeAt, boolean clears,
        long undoes, String reason, long undoneBy) {

    public MoneyAction {
        requireNonNull(kind, "kind is null");
        requireNonNull(madeBy, "madeBy is null");
        requireNonNull(madeAt, "madeAt is null");
        requireNonNull(reason, "reason is null");
    }

    public boolean stands() {
        return undoneBy == 0;
    }

    /** Whether a person may still undo it: it stands and is not itself an undo. */
    public boolean undoable() {
        return stands() && kind != ActionKind.UNDO;
    }
}
