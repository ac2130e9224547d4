package org.coffer.plugins.dwp;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/**
 * Why a DWP deductions workbook, or a row of it, cannot be read. Codes are stored with refused imports: never rename
 * one.
 */
public enum DwpErrorCode implements ErrorCode {
    /** The file is not an Excel workbook (.xlsx), is damaged, or has no worksheet. */
    DWP_NOT_A_WORKBOOK,
    /** The workbook's XML declares a document type, which is never allowed. */
    DWP_UNSAFE_XML,
    /** A row's cell holds a value its column does not allow: a reference, a date, an amount or a sign. */
    DWP_BAD_VALUE;

    @Override
    public ErrorCategory category() {
        return ErrorCategory.DATA;
    }
}
