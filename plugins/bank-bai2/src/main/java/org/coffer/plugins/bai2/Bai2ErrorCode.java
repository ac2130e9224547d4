package org.coffer.plugins.bai2;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** What can be wrong in a BAI2 file. The names are stored with refused imports and never change. */
public enum Bai2ErrorCode implements ErrorCode {
    BAI2_EMPTY_FILE,
    BAI2_UNREADABLE_TEXT,
    BAI2_NOT_A_RECORD,
    BAI2_UNKNOWN_RECORD,
    BAI2_OUT_OF_ORDER,
    BAI2_UNSUPPORTED_VERSION,
    BAI2_MISSING_FIELD,
    BAI2_BAD_AMOUNT,
    BAI2_BAD_DATE,
    BAI2_BAD_CURRENCY,
    BAI2_BAD_TYPE_CODE,
    BAI2_BAD_FUNDS_TYPE,
    BAI2_CONTROL_TOTAL_MISMATCH,
    BAI2_RECORD_COUNT_MISMATCH,
    BAI2_MISSING_TRAILER;

    @Override
    public ErrorCategory category() {
        return ErrorCategory.DATA;
    }
}
