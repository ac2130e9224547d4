package org.coffer.plugins.dwp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;

/**
 * One deduction of a schedule, from the columns the DWP fills: the council tax reference in F, the payment date in
 * K (an Excel date, or text such as 07/04/2025), the amount in pence in L and its sign in M ({@code -} when the DWP
 * recovers an earlier deduction).
 */
final class DeductionRow {

    static final int REFERENCE = 5;
    static final int PAID_ON = 10;
    static final int PENCE = 11;
    static final int SIGN = 12;

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The Excel day numbers of 1 January 2000 and 31 December 2099: a schedule's dates lie between. */
    private static final long FIRST_DAY = 36_526;
    private static final long LAST_DAY = 73_050;

    private DeductionRow() {
    }

    /** Whether the row carries no deduction at all: the reference, date and amount cells are all empty. */
    static boolean isBlank(String[] cells) {
        return cells[REFERENCE].isBlank() && cells[PAID_ON].isBlank() && cells[PENCE].isBlank();
    }

    /** @throws ProblemException naming the row, the column and the value when a cell cannot be read */
    static StatementLine line(String[] cells, long row, FormatContext context) {
        Location location = Location.line(row);
        long pence = pence(cells[PENCE].strip(), location, context);
        String sign = cells[SIGN].strip();
        if (!sign.isEmpty() && !sign.equals("-") && !sign.equals("+")) {
            throw problem(context, location, "M (sign)", "'" + sign + "' is not a sign: the column holds - for a"
                    + " recovery, and is otherwise empty");
        }
        boolean recovery = sign.equals("-");
        return StatementLine.builder()
                .location(location)
                .valueDate(date(cells[PAID_ON].strip(), location, context))
                .signedAmount(Money.gbp(recovery ? -pence : pence))
                .kind(recovery ? LineKind.REVERSAL : LineKind.PAYMENT)
                .channel(Channel.DWP)
                .reference(cells[REFERENCE])
                .narrative("DWP COUNCIL TAX DEDUCTION")
                .build();
    }

    private static long pence(String text, Location location, FormatContext context) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0) {
                return value.longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // Reported below, with what was expected.
        }
        throw problem(context, location, "L (amount)", "'" + text + "' is not an amount in whole pence, such as"
                + " 1234 for £12.34");
    }

    private static LocalDate date(String text, Location location, FormatContext context) {
        if (text.matches("[0-9]{5}(\\.0+)?")) {
            long day = Long.parseLong(text.substring(0, 5));
            if (day >= FIRST_DAY && day <= LAST_DAY) {
                return EXCEL_EPOCH.plusDays(day);
            }
        } else {
            try {
                return LocalDate.parse(text, UK_DATE);
            } catch (DateTimeParseException e) {
                // Reported below, with what was expected.
            }
        }
        throw problem(context, location, "K (payment date)", "'" + text + "' is not a date: expected an Excel"
                + " date or DD/MM/YYYY");
    }

    private static ProblemException problem(FormatContext context, Location location, String field, String message) {
        Problem problem = context.problem(location, field, DwpErrorCode.DWP_BAD_VALUE, message);
        return new ProblemException(problem);
    }
}
