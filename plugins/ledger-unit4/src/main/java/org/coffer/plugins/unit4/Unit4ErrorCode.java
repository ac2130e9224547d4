package org.coffer.plugins.unit4;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** What can stop a Unit4 GL batch input file being written. The names are stored and never change. */
public enum Unit4ErrorCode implements ErrorCode {
    UNIT4_MISSING_SETTING(ErrorCategory.USER),
    UNIT4_BAD_SETTING(ErrorCategory.USER),
    UNIT4_VALUE_TOO_LONG(ErrorCategory.DATA);

    private final ErrorCategory category;

    Unit4ErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
