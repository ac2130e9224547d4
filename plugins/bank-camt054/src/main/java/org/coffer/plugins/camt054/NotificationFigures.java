package org.coffer.plugins.camt054;

import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugins.camt.CamtAmount;
import org.coffer.plugins.camt.InvalidFieldException;

/**
 * A notification's own figures exactly as the file states them: the entry totals and count from its optional
 * {@code TxsSummry}. A notification has no balances. Whether the figures agree with the lines is for the application
 * to check; each batch entry's own amount is checked against its details as it is read.
 */
final class NotificationFigures {

    private final FormatContext context;
    private final FileSink sink;

    NotificationFigures(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
    }

    /**
     * @param currency the notification's currency, which {@code TxsSummry} sums are in
     * @param itemised whether some entry was given as its details, so that the entry count is no line count
     * @param mixedDirections whether some itemised entry holds details in the other direction, so that the
     *     credit and debit sums of entries are no longer those of the lines
     */
    ControlFigures figures(NotificationFields fields, String currency, boolean itemised, boolean mixedDirections) {
        ControlFigures.Builder figures = ControlFigures.builder();
        try {
            if (!mixedDirections) {
                figures.creditTotal(sum("TtlCdtNtries/Sum", fields.creditEntries.sum, currency));
                figures.debitTotal(sum("TtlDbtNtries/Sum", fields.debitEntries.sum, currency));
            }
            Long count = itemised ? null : entryCount(fields);
            if (count != null) {
                figures.lineCount(count);
            }
        } catch (InvalidFieldException e) {
            sink.problem(context.problem(new Location(fields.line, fields.path), e.field(),
                    Camt054ErrorCode.CODES.of(e.fault()), e.getMessage()));
        }
        return figures.build();
    }

    private static Money sum(String field, String text, String currency) throws InvalidFieldException {
        return text == null ? null : CamtAmount.parse(field, text, currency);
    }

    /** {@code TtlNtries/NbOfNtries}, else the credit and debit counts added, when both are given. */
    private static Long entryCount(NotificationFields fields) throws InvalidFieldException {
        if (fields.allEntries.count != null) {
            return CamtAmount.parseCount("TtlNtries/NbOfNtries", fields.allEntries.count);
        }
        if (fields.creditEntries.count != null && fields.debitEntries.count != null) {
            return CamtAmount.parseCount("TtlCdtNtries/NbOfNtries", fields.creditEntries.count)
                    + CamtAmount.parseCount("TtlDbtNtries/NbOfNtries", fields.debitEntries.count);
        }
        return null;
    }
}
