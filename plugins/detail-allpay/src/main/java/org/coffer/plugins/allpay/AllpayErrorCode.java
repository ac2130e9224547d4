package org.coffer.plugins.allpay;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** What can be wrong in an Allpay transaction file. The names are stored with refused imports and never change. */
public enum AllpayErrorCode implements ErrorCode {
    ALLPAY_EMPTY_FILE,
    ALLPAY_UNREADABLE_TEXT,
    ALLPAY_BAD_LINE_LENGTH,
    ALLPAY_BAD_AMOUNT,
    ALLPAY_BAD_DATE,
    ALLPAY_MISSING_FIELD,
    ALLPAY_BAD_TRAILER,
    ALLPAY_MISSING_TRAILER,
    ALLPAY_TOTAL_MISMATCH;

    @Override
    public ErrorCategory category() {
        return ErrorCategory.DATA;
    }
}
