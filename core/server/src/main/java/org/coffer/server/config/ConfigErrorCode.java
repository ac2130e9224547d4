package org.coffer.server.config;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.server.Refusal;

public enum ConfigErrorCode implements ErrorCode, Refusal {
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

    @Override
    public boolean isNotFound() {
        return this == COUNCIL_UNKNOWN_TARGET;
    }
}
