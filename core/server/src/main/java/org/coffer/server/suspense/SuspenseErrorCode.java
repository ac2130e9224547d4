package org.coffer.server.suspense;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.server.Refusal;

public enum SuspenseErrorCode implements ErrorCode, Refusal {
    /** No such suspense item or action. */
    SUSPENSE_NOT_FOUND(ErrorCategory.USER),
    /** Another person holds the item's lock. */
    SUSPENSE_LOCKED(ErrorCategory.USER),
    /** The item has nothing left in suspense, or is marked for return: someone got there first. */
    SUSPENSE_NOT_OPEN(ErrorCategory.USER),
    /** Allocation lines that do not add up, go back to suspense, or name a fund that cannot take them. */
    SUSPENSE_BAD_LINES(ErrorCategory.USER),
    /** Transfer sources and targets that do not match, or a source without the money. */
    SUSPENSE_BAD_TRANSFER(ErrorCategory.USER),
    /** An action already undone, an undo, or one that later actions build on. */
    SUSPENSE_CANNOT_UNDO(ErrorCategory.USER),
    /** A note or reason that is empty or too long. */
    SUSPENSE_BAD_TEXT(ErrorCategory.USER);

    private final ErrorCategory category;

    SuspenseErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    @Override
    public boolean isNotFound() {
        return this == SUSPENSE_NOT_FOUND;
    }

    /** The item changed under the person: locked, cleared or undone by someone else. */
    @Override
    public boolean isConflict() {
        return this == SUSPENSE_LOCKED || this == SUSPENSE_NOT_OPEN || this == SUSPENSE_CANNOT_UNDO;
    }
}
