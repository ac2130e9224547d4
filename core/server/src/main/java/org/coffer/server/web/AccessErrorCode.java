package org.coffer.server.web;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

public enum AccessErrorCode implements ErrorCode {
    ACCESS_SIGN_IN(ErrorCategory.USER),
    ACCESS_FORBIDDEN(ErrorCategory.USER),
    ACCESS_CSRF(ErrorCategory.USER);

    private final ErrorCategory category;

    AccessErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
