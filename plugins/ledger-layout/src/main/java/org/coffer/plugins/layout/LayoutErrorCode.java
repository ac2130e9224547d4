package org.coffer.plugins.layout;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** What can stop a file in a council's own ledger layout being written. The names are stored and never change. */
public enum LayoutErrorCode implements ErrorCode {
    LAYOUT_MISSING_SETTING(ErrorCategory.USER),
    LAYOUT_BAD_SETTING(ErrorCategory.USER),
    LAYOUT_VALUE_TOO_WIDE(ErrorCategory.DATA);

    private final ErrorCategory category;

    LayoutErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
