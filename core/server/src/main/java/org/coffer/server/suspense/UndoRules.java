package org.coffer.server.suspense;

import org.coffer.server.CofferException;
import org.jdbi.v3.core.Handle;

/**
 * When an action may be undone: once, never an undo itself, and only while no later action on any of its receipts
 * stands, so that undoing never takes back money a later action has already moved on.
 */
final class UndoRules {

    private UndoRules() {
    }

    static void check(Handle handle, MoneyAction action) {
        if (action.kind() == ActionKind.UNDO) {
            throw new CofferException(SuspenseErrorCode.SUSPENSE_CANNOT_UNDO, "action " + action.id()
                    + " is itself an undo and cannot be undone; make the allocation or transfer again instead");
        }
        if (!action.stands()) {
            throw new CofferException(SuspenseErrorCode.SUSPENSE_CANNOT_UNDO, "action " + action.id()
                    + " was already undone, by action " + action.undoneBy());
        }
        for (long receiptId : MoneyActionsDao.receiptsOf(handle, action.id())) {
            MoneyActionsDao.onReceipt(handle, receiptId).stream()
                    .filter(later -> later.id() > action.id() && later.undoable()).findFirst()
                    .ifPresent(later -> {
                        throw new CofferException(SuspenseErrorCode.SUSPENSE_CANNOT_UNDO, "action " + action.id()
                                + " cannot be undone while the later action " + later.id() + " on receipt "
                                + receiptId + " stands; undo action " + later.id() + " first");
                    });
        }
    }
}
