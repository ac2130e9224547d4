package org.coffer.plugins.standard18;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** Why a Standard 18 file, or a record of it, cannot be read. Codes are stored with refused imports: never rename one. */
public enum Standard18ErrorCode implements ErrorCode {
    /** The file has no Bacs labels or data records, or is not text. */
    STANDARD18_NOT_A_FILE,
    /** A data record is not 100 or 106 characters, or a field holds what it may not. */
    STANDARD18_BAD_RECORD,
    /** No processing date: neither the records nor the UHL1 label give a readable one. */
    STANDARD18_NO_DATE;

    @Override
    public ErrorCategory category() {
        return ErrorCategory.DATA;
    }
}
