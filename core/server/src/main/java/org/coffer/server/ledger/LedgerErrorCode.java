package org.coffer.server.ledger;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.server.Refusal;

public enum LedgerErrorCode implements ErrorCode, Refusal {
    LEDGER_NOTHING_TO_EXPORT(ErrorCategory.USER),
    LEDGER_BAD_DATES(ErrorCategory.USER),
    LEDGER_UNKNOWN_EXPORT(ErrorCategory.USER),
    LEDGER_MISSING_CODE(ErrorCategory.USER),
    LEDGER_RUN_UNKNOWN(ErrorCategory.USER),
    LEDGER_RUN_REVERSED(ErrorCategory.USER),
    LEDGER_PERIOD_CLOSED(ErrorCategory.USER),
    LEDGER_EXPORT_REFUSED(ErrorCategory.DATA),
    LEDGER_PLUGIN_FAILED(ErrorCategory.INTERNAL),
    LEDGER_FILE_FAILED(ErrorCategory.INTERNAL),
    LEDGER_UNBALANCED(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    LedgerErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    @Override
    public boolean isNotFound() {
        return this == LEDGER_RUN_UNKNOWN;
    }

    @Override
    public boolean isConflict() {
        return this == LEDGER_NOTHING_TO_EXPORT || this == LEDGER_RUN_REVERSED || this == LEDGER_PERIOD_CLOSED;
    }
}
