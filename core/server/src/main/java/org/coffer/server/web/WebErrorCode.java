package org.coffer.server.web;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.server.Refusal;

public enum WebErrorCode implements ErrorCode, Refusal {
    WEB_BAD_PARAMETER(ErrorCategory.USER),
    WEB_MISSING_FILE(ErrorCategory.USER),
    WEB_NOT_FOUND(ErrorCategory.USER),
    WEB_UNEXPECTED(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    WebErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    @Override
    public boolean isNotFound() {
        return this == WEB_NOT_FOUND;
    }
}
