package org.coffer.plugins.camt054;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.plugins.camt.CamtCodes;

/** Why a camt.054 file, or part of it, cannot be read. Codes are stored with refused imports: never rename one. */
public enum Camt054ErrorCode implements ErrorCode {
    /** The bytes are not complete, well-formed XML. */
    CAMT054_NOT_XML,
    /** The document declares a DTD or entities, which are refused so that nothing outside the file is read. */
    CAMT054_DTD_REFUSED,
    /** Well-formed XML, but not an ISO 20022 camt.054 notification message. */
    CAMT054_NOT_CAMT054,
    /** A camt.054 message of a version this plugin does not read. */
    CAMT054_UNSUPPORTED_VERSION,
    /** A required element is absent. */
    CAMT054_MISSING_FIELD,
    /** An element holds a value its type does not allow: an amount, a date, a code. */
    CAMT054_BAD_VALUE,
    /** A batch entry's amount is not the sum of its transaction details. */
    CAMT054_BATCH_MISMATCH;

    /** These codes, for the reader the camt plugins share. */
    static final CamtCodes CODES = new CamtCodes("camt.054", "BkToCstmrDbtCdtNtfctn", CAMT054_NOT_XML,
            CAMT054_DTD_REFUSED, CAMT054_MISSING_FIELD, CAMT054_BAD_VALUE, CAMT054_BATCH_MISMATCH);

    @Override
    public ErrorCategory category() {
        return ErrorCategory.DATA;
    }
}
