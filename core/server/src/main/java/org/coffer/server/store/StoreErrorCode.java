package org.coffer.server.store;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

public enum StoreErrorCode implements ErrorCode {
    STORE_UNAVAILABLE(ErrorCategory.EXTERNAL),
    STORE_IN_USE(ErrorCategory.USER),
    STORE_MIGRATION_FAILED(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    StoreErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
