package org.coffer.plugins.csvlayout;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;

/**
 * Why a layout, or a file read in one, cannot be used. Codes are stored with refused imports: never rename one.
 * Layout codes are the council's to put right; file codes say the file does not hold what its layout promises.
 */
public enum CsvLayoutErrorCode implements ErrorCode {
    /** The layout lacks a setting it needs. */
    LAYOUT_MISSING_SETTING(ErrorCategory.USER),
    /** A setting's value is not one the setting allows. */
    LAYOUT_BAD_SETTING(ErrorCategory.USER),
    /** The layout names a setting that no layout has: most often a misspelling. */
    LAYOUT_UNKNOWN_SETTING(ErrorCategory.USER),
    /** The file is not text in its encoding. */
    CSV_LAYOUT_NOT_TEXT(ErrorCategory.DATA),
    /** The file's header lacks a column the layout names. */
    CSV_LAYOUT_MISSING_COLUMN(ErrorCategory.DATA),
    /** A record is shorter than the columns the layout reads from it. */
    CSV_LAYOUT_SHORT_RECORD(ErrorCategory.DATA),
    /** A quoted field is never closed. */
    CSV_LAYOUT_UNCLOSED_QUOTE(ErrorCategory.DATA),
    /** A date is not in the layout's date pattern. */
    CSV_LAYOUT_BAD_DATE(ErrorCategory.DATA),
    /** An amount is not an amount in the layout's style, or a line has both or neither of debit and credit. */
    CSV_LAYOUT_BAD_AMOUNT(ErrorCategory.DATA),
    /** The direction column holds a value the layout does not list as credit or debit. */
    CSV_LAYOUT_BAD_DIRECTION(ErrorCategory.DATA),
    /** A balance is not an amount, or an account's lines are split by another account's. */
    CSV_LAYOUT_BAD_STATEMENT(ErrorCategory.DATA);

    private final ErrorCategory category;

    CsvLayoutErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
