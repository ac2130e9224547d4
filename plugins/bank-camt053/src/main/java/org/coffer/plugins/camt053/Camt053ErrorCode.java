package org.coffer.plugins.camt053;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.plugins.camt.CamtCodes;

/** Why a camt.053 file, or part of it, cannot be read. Codes are stored with refused imports: never rename one. */
public enum Camt053ErrorCode implements ErrorCode {
    /** The bytes are not complete, well-formed XML. */
    CAMT053_NOT_XML,
    /** The document declares a DTD or entities, which are refused so that nothing outside the file is read. */
    CAMT053_DTD_REFUSED,
    /** Well-formed XML, but not an ISO 20022 camt.053 statement message. */
    CAMT053_NOT_CAMT053,
    /** A camt.053 message of a version this plugin does not read. */
    CAMT053_UNSUPPORTED_VERSION,
    /** A required element is absent. */
    CAMT053_MISSING_FIELD,
    /** An element holds a value its type does not allow: an amount, a date, a code. */
    CAMT053_BAD_VALUE,
    /** A batch entry's amount is not the sum of its transaction details. */
    CAMT053_BATCH_MISMATCH;

    /** These codes, for the reader the camt plugins share. */
    static final CamtCodes CODES = new CamtCodes("camt.053", "BkToCstmrStmt", CAMT053_NOT_XML, CAMT053_DTD_REFUSED,
            CAMT053_MISSING_FIELD, CAMT053_BAD_VALUE, CAMT053_BATCH_MISMATCH);

    @Override
    public ErrorCategory category() {
        return ErrorCategory.DATA;
    }
}
