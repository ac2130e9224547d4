package org.coffer.plugins.backoffice;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

public enum BackofficeErrorCode implements ErrorCode {
    BACKOFFICE_NEEDS_DETAIL(ErrorCategory.USER),
    BACKOFFICE_BAD_SETTING(ErrorCategory.USER);

    private final ErrorCategory category;

    BackofficeErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
