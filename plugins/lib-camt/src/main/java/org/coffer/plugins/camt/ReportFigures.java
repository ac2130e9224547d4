package org.coffer.plugins.camt;

import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;

/**
 * A report's own figures exactly as the file states them: a statement's balances signed by their
 * {@code CdtDbtInd}, and the entry totals and count from {@code TxsSummry} (optional in a notification). Whether
 * they agree with the lines is for the application to check.
 */
final class ReportFigures {

    private final FormatContext context;
    private final FileSink sink;
    private final CamtCodes codes;

    ReportFigures(FormatContext context, FileSink sink, CamtCodes codes) {
        this.context = context;
        this.sink = sink;
        this.codes = codes;
    }

    /**
     * @param currency the report's currency, which {@code TxsSummry} sums are in
     * @param itemised whether some entry was given as its details, so that lines no longer match entries one to
     *     one and the entry count is no line count
     * @param mixedDirections whether some itemised entry holds details in the other direction, so that the
     *     credit and debit sums of entries are no longer those of the lines
     */
    ControlFigures figures(ReportFields fields, String currency, boolean itemised, boolean mixedDirections) {
        ControlFigures.Builder figures = ControlFigures.builder();
        Location report = new Location(fields.line, fields.path);
        figures.openingBalance(balance(fields.openingBalance(), fields.path));
        figures.closingBalance(balance(fields.closing, fields.path));
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
            report(report, e);
        }
        return figures.build();
    }

    /** The balance, negative when the account was overdrawn ({@code DBIT}); {@code null} when absent or unusable. */
    private Money balance(ReportFields.Balance balance, String path) {
        if (balance == null) {
            return null;
        }
        try {
            Money amount = CamtAmount.parse("Amt", balance.amount, balance.currency);
            return CreditDebit.parse("CdtDbtInd", balance.creditDebit, Direction.CREDIT) == Direction.DEBIT
                    ? amount.negate() : amount;
        } catch (InvalidFieldException e) {
            report(new Location(balance.line, path + "/Bal[" + balance.number + "]"), e);
            return null;
        }
    }

    private static Money sum(String field, String text, String currency) throws InvalidFieldException {
        return text == null ? null : CamtAmount.parse(field, text, currency);
    }

    /** {@code TtlNtries/NbOfNtries}, else the credit and debit counts added, when both are given. */
    private static Long entryCount(ReportFields fields) throws InvalidFieldException {
        if (fields.allEntries.count != null) {
            return CamtAmount.parseCount("TtlNtries/NbOfNtries", fields.allEntries.count);
        }
        if (fields.creditEntries.count != null && fields.debitEntries.count != null) {
            return CamtAmount.parseCount("TtlCdtNtries/NbOfNtries", fields.creditEntries.count)
                    + CamtAmount.parseCount("TtlDbtNtries/NbOfNtries", fields.debitEntries.count);
        }
        return null;
    }

    private void report(Location location, InvalidFieldException e) {
        sink.problem(context.problem(location, e.field(), codes.of(e.fault()), e.getMessage()));
    }
}
