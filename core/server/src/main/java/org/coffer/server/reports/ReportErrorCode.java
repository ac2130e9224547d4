package org.coffer.server.reports;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.server.Refusal;

public enum ReportErrorCode implements ErrorCode, Refusal {
    REPORT_UNKNOWN(ErrorCategory.USER),
    REPORT_BAD_PARAMETER(ErrorCategory.USER),
    REPORT_BAD_DEFINITION(ErrorCategory.DATA),
    /** A council's PDF template that cannot be used, or a compiled one, which is never loaded from outside. */
    REPORT_BAD_TEMPLATE(ErrorCategory.DATA),
    REPORT_TOO_LONG_FOR_PDF(ErrorCategory.USER),
    REPORT_QUERY_FAILED(ErrorCategory.INTERNAL),
    REPORT_WRITE_FAILED(ErrorCategory.EXTERNAL);

    private final ErrorCategory category;

    ReportErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    @Override
    public boolean isNotFound() {
        return this == REPORT_UNKNOWN;
    }
}
