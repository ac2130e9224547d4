package org.coffer.server.imports;

import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FormatContext;

/**
 * Checks every figure a file states about a statement against what was counted: opening + credits - debits =
 * closing, the line count, and the credit and debit totals. Each disagreement is a problem naming both figures.
 */
final class ControlFigureCheck {

    private ControlFigureCheck() {
    }

    static List<Problem> check(FormatContext context, StatementTally tally, ControlFigures figures) {
        List<Problem> problems = new ArrayList<>();
        String statement = tally.describe();
        List<Money> stated = new ArrayList<>();
        figures.openingBalance().ifPresent(stated::add);
        figures.closingBalance().ifPresent(stated::add);
        figures.creditTotal().ifPresent(stated::add);
        figures.debitTotal().ifPresent(stated::add);
        for (Money figure : stated) {
            if (!figure.currency().equals(tally.start.currency())) {
                problems.add(context.problem(tally.start.location(), "currency",
                        ImportErrorCode.IMPORT_CURRENCY_MISMATCH, statement + ": the file states a figure of "
                                + figure + " for an account in " + tally.start.currency()));
                return problems;
            }
        }
        if (figures.openingBalance().isPresent() && figures.closingBalance().isPresent()) {
            Money opening = figures.openingBalance().get();
            Money closing = figures.closingBalance().get();
            Money expected = opening.plus(tally.credits()).minus(tally.debits());
            if (!expected.equals(closing)) {
                problems.add(context.problem(tally.start.location(), "closing balance",
                        ImportErrorCode.IMPORT_BALANCE_MISMATCH,
                        statement + ": opening balance " + opening + " + credits " + tally.credits() + " - debits "
                                + tally.debits() + " = " + expected + ", but the closing balance is " + closing
                                + " (a difference of " + closing.minus(expected) + ")"));
            }
        }
        figures.lineCount().ifPresent(declared -> {
            if (declared != tally.receipts) {
                problems.add(context.problem(tally.start.location(), "line count",
                        ImportErrorCode.IMPORT_COUNT_MISMATCH,
                        statement + ": the file says it holds " + declared + " lines, but " + tally.receipts
                                + " were read"));
            }
        });
        figures.creditTotal().ifPresent(declared -> {
            if (!declared.equals(tally.credits())) {
                problems.add(total(context, tally, "credit total", declared, tally.credits()));
            }
        });
        figures.debitTotal().ifPresent(declared -> {
            if (!declared.equals(tally.debits())) {
                problems.add(total(context, tally, "debit total", declared, tally.debits()));
            }
        });
        return problems;
    }

    private static Problem total(FormatContext context, StatementTally tally, String field, Money declared,
            Money counted) {
        return context.problem(tally.start.location(), field, ImportErrorCode.IMPORT_TOTAL_MISMATCH,
                tally.describe() + ": the file states a " + field + " of " + declared + ", but its lines add up to "
                        + counted);
    }
}
