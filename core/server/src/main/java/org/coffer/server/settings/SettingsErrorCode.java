package org.coffer.server.settings;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.server.Refusal;

public enum SettingsErrorCode implements ErrorCode, Refusal {
    /** No such settings table, or no such row in it. */
    SETTINGS_NOT_FOUND,
    /** The change would make the council's files wrong: the loader's message says how. */
    SETTINGS_INVALID,
    /** The file changed on disk, or under another person's change, since the change was begun. */
    SETTINGS_CONFLICT,
    /** The council folder cannot be written. */
    SETTINGS_UNWRITABLE;

    @Override
    public ErrorCategory category() {
        return this == SETTINGS_UNWRITABLE ? ErrorCategory.EXTERNAL : ErrorCategory.USER;
    }

    @Override
    public boolean isNotFound() {
        return this == SETTINGS_NOT_FOUND;
    }

    @Override
    public boolean isConflict() {
        return this == SETTINGS_CONFLICT;
    }
}
