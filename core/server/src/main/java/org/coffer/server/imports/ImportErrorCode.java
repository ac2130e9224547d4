package org.coffer.server.imports;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.server.Refusal;

public enum ImportErrorCode implements ErrorCode, Refusal {
    IMPORT_DUPLICATE_FILE(ErrorCategory.USER),
    IMPORT_DUPLICATE_STATEMENT(ErrorCategory.USER),
    IMPORT_UNKNOWN_FORMAT(ErrorCategory.USER),
    IMPORT_FORMAT_NOT_RECOGNISED(ErrorCategory.USER),
    IMPORT_FORMAT_AMBIGUOUS(ErrorCategory.USER),
    IMPORT_NOT_FOUND(ErrorCategory.USER),
    IMPORT_REFUSED(ErrorCategory.DATA),
    IMPORT_BALANCE_MISMATCH(ErrorCategory.DATA),
    IMPORT_COUNT_MISMATCH(ErrorCategory.DATA),
    IMPORT_TOTAL_MISMATCH(ErrorCategory.DATA),
    IMPORT_CURRENCY_MISMATCH(ErrorCategory.DATA),
    IMPORT_NO_STATEMENTS(ErrorCategory.DATA),
    IMPORT_UNREADABLE(ErrorCategory.EXTERNAL),
    IMPORT_PLUGIN_FAILED(ErrorCategory.INTERNAL),
    IMPORT_STORE_FAILED(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    ImportErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    @Override
    public boolean isConflict() {
        return this == IMPORT_DUPLICATE_FILE || this == IMPORT_DUPLICATE_STATEMENT;
    }
}
