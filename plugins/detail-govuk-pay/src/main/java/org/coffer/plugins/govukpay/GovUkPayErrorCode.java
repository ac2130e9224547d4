package org.coffer.plugins.govukpay;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/** Why a GOV.UK Pay report, or a row of it, cannot be read. Codes are stored with refused imports: never rename one. */
public enum GovUkPayErrorCode implements ErrorCode {
    /** The file is empty, not text, or has no GOV.UK Pay report header. */
    GOVUK_PAY_NOT_A_REPORT,
    /** The header lacks a column every report has. */
    GOVUK_PAY_MISSING_COLUMN,
    /** A row is not a well-formed CSV record of the header's width. */
    GOVUK_PAY_BAD_ROW,
    /** A cell holds a value its column does not allow: an amount, a date, a state. */
    GOVUK_PAY_BAD_VALUE,
    /** A row's Net is not its amount less its fee. */
    GOVUK_PAY_NET_MISMATCH;

    @Override
    public ErrorCategory category() {
        return ErrorCategory.DATA;
    }
}
