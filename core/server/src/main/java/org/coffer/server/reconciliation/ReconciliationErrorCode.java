package org.coffer.server.reconciliation;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.server.Refusal;

public enum ReconciliationErrorCode implements ErrorCode, Refusal {
    /** No match, bank line or batch has the id given. */
    RECONCILIATION_NOT_FOUND(ErrorCategory.USER),
    /** A person's action without the reason the audit log must keep. */
    RECONCILIATION_REASON_REQUIRED(ErrorCategory.USER),
    /** A hand match that names no bank line or no batch, or lines and batches of different settlers. */
    RECONCILIATION_BAD_MATCH(ErrorCategory.USER),
    /** A line or batch already matched, a match already undone, a confirmation of something not proposed. */
    RECONCILIATION_CONFLICT(ErrorCategory.USER);

    private final ErrorCategory category;

    ReconciliationErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    @Override
    public boolean isNotFound() {
        return this == RECONCILIATION_NOT_FOUND;
    }

    @Override
    public boolean isConflict() {
        return this == RECONCILIATION_CONFLICT;
    }
}
