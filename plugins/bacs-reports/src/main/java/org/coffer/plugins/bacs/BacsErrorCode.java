package org.coffer.plugins.bacs;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** Why a Bacs report, or an item of it, cannot be read. Codes are stored with refused imports: never rename one. */
public enum BacsErrorCode implements ErrorCode {
    /** The file is not well-formed XML, or not the Bacs report its format reads. */
    BACS_NOT_A_REPORT,
    /** The report declares a document type, which is never allowed. */
    BACS_UNSAFE_XML,
    /** An attribute holds a value it does not allow: a date, an amount, a missing reference. */
    BACS_BAD_VALUE;

    @Override
    public ErrorCategory category() {
        return ErrorCategory.DATA;
    }
}
