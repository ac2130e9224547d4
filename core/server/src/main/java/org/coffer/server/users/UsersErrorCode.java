package org.coffer.server.users;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** What can go wrong when managing users and tokens; every one is the person's to put right. */
public enum UsersErrorCode implements ErrorCode {
    USERS_UNKNOWN_ROLE,
    USERS_BAD_NAME,
    USERS_BAD_FUND,
    USERS_DUPLICATE_NAME,
    USERS_WEAK_PASSWORD,
    USERS_PASSWORD_UNREADABLE,
    USERS_UNKNOWN_TOKEN;

    @Override
    public ErrorCategory category() {
        return ErrorCategory.USER;
    }
}
