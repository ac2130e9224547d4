package org.coffer.server.config;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

public enum ConfigErrorCode implements ErrorCode {
    CONFIG_UNKNOWN_KEY,
    CONFIG_BAD_VALUE,
    CONFIG_UNREADABLE,
    COUNCIL_BAD_FILE,
    COUNCIL_NOT_CONFIGURED,
    COUNCIL_UNKNOWN_FUND,
    COUNCIL_UNKNOWN_TARGET;

    @Override
    public ErrorCategory category() {
        return ErrorCategory.USER;
    }
}
