package org.coffer.plugins.sap;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** What can stop an SAP journal upload file being written. The names are stored and never change. */
public enum SapErrorCode implements ErrorCode {
    SAP_MISSING_SETTING(ErrorCategory.USER),
    SAP_BAD_SETTING(ErrorCategory.USER),
    SAP_VALUE_TOO_LONG(ErrorCategory.DATA);

    private final ErrorCategory category;

    SapErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
