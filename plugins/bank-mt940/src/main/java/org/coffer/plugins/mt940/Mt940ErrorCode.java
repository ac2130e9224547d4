package org.coffer.plugins.mt940;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** What can be wrong in an MT940 file. The names are stored with refused imports and never change. */
public enum Mt940ErrorCode implements ErrorCode {
    MT940_EMPTY_FILE,
    MT940_NO_STATEMENT,
    MT940_UNREADABLE_TEXT,
    MT940_BAD_AMOUNT,
    MT940_BAD_DATE,
    MT940_BAD_MARK,
    MT940_BAD_CURRENCY,
    MT940_BAD_TRANSACTION_TYPE,
    MT940_MISSING_FIELD,
    MT940_LINE_BEFORE_OPENING_BALANCE,
    MT940_MISSING_CLOSING_BALANCE;

    @Override
    public ErrorCategory category() {
        return ErrorCategory.DATA;
    }
}
