package org.coffer.plugins.oraclefusion;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** What can stop an Oracle Fusion journal import file being written. The names are stored and never change. */
public enum OracleErrorCode implements ErrorCode {
    ORACLE_MISSING_SETTING(ErrorCategory.USER),
    ORACLE_BAD_SETTING(ErrorCategory.USER),
    ORACLE_NAME_TOO_LONG(ErrorCategory.USER),
    ORACLE_VALUE_TOO_LONG(ErrorCategory.DATA);

    private final ErrorCategory category;

    OracleErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
