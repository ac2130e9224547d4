package org.coffer.plugins.cardacquirer;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** Why a card acquirer's file, or a row of it, cannot be read. Codes are stored with refused imports: never rename one. */
public enum CardAcquirerErrorCode implements ErrorCode {
    /** The file is empty, not text, or has no Barclaycard merchant file header. */
    BARCLAYCARD_NOT_A_MERCHANT_FILE,
    /** The header lacks a column every merchant file has. */
    BARCLAYCARD_MISSING_COLUMN,
    /** A row is not a well-formed CSV record of the header's width. */
    BARCLAYCARD_BAD_ROW,
    /** A cell holds a value its column does not allow: an amount, a date, a transaction type. */
    BARCLAYCARD_BAD_VALUE,
    /** The file has a header but no transactions. */
    BARCLAYCARD_NO_TRANSACTIONS;

    @Override
    public ErrorCategory category() {
        return ErrorCategory.DATA;
    }
}
