package org.coffer.plugins.csvlayout;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.StatementLine;

/** Turns one record of an export into a statement line, as its layout says, or into the problem that stops it. */
final class RecordLine {

    private final Layout layout;
    private final RecordColumns columns;
    private final FormatContext context;

    RecordLine(Layout layout, RecordColumns columns, FormatContext context) {
        this.layout = layout;
        this.columns = columns;
        this.context = context;
    }

    /** @throws ProblemException for a value the layout cannot read, naming the line, the setting and the value */
    StatementLine line(List<String> record, long number) {
        Location location = Location.line(number);
        if (record.size() < columns.width()) {
            throw problem(location, "", CsvLayoutErrorCode.CSV_LAYOUT_SHORT_RECORD, "the record has "
                    + record.size() + " fields where the layout reads " + columns.width());
        }
        String type = text(record, "type");
        return StatementLine.builder()
                .location(location)
                .valueDate(date(record, location))
                .signedAmount(Money.of(signedPence(record, location), layout.currency()))
                .channel(layout.channels().getOrDefault(type.toUpperCase(Locale.ROOT), layout.defaultChannel()))
                .transactionCode(type)
                .reference(text(record, "reference"))
                .narrative(text(record, "narrative"))
                .counterparty(text(record, "counterparty"))
                .bankReference(text(record, "bank-reference"))
                .build();
    }

    /**
     * The account the record belongs to: its sort code and account columns, or the layout's fixed account. A
     * currency code after the number ({@code 309942-40718826 GBP}) is the statement's currency, not the account's.
     */
    String account(List<String> record) {
        String sortCode = unguarded(text(record, "sort-code"));
        String number = unguarded(text(record, "account"));
        if (number.endsWith(" " + layout.currency())) {
            number = number.substring(0, number.length() - 4).strip();
        }
        String account = sortCode.isEmpty() ? number : number.isEmpty() ? sortCode : sortCode + " " + number;
        return account.isEmpty() ? layout.accountValue() : account;
    }

    /** The running balance in pence, or null when the layout has none or the record leaves it empty. */
    Long balance(List<String> record, long number) {
        String balance = text(record, "balance");
        if (balance.isEmpty()) {
            return null;
        }
        return pence(balance, "balance", Location.line(number));
    }

    private LocalDate date(List<String> record, Location location) {
        String text = columns.value(record, layout.date());
        try {
            return LocalDate.parse(text, layout.dateFormat());
        } catch (DateTimeParseException e) {
            throw problem(location, "date", CsvLayoutErrorCode.CSV_LAYOUT_BAD_DATE, "'" + text + "' is not a date in"
                    + " the layout's pattern " + layout.datePattern());
        }
    }

    private long signedPence(List<String> record, Location location) {
        AmountScheme amounts = layout.amounts();
        if (amounts instanceof AmountScheme.DebitCredit split) {
            return debitOrCredit(record, split, location);
        }
        if (amounts instanceof AmountScheme.Flagged flagged) {
            return flagged(record, flagged, location);
        }
        return pence(columns.value(record, ((AmountScheme.Signed) amounts).amount()), "amount", location);
    }

    private long debitOrCredit(List<String> record, AmountScheme.DebitCredit split, Location location) {
        String debit = columns.value(record, split.debit());
        String credit = columns.value(record, split.credit());
        if (debit.isEmpty() == credit.isEmpty()) {
            throw problem(location, "debit", CsvLayoutErrorCode.CSV_LAYOUT_BAD_AMOUNT, "a line has an amount in"
                    + " either the debit or the credit column; this one has debit '" + debit + "' and credit '"
                    + credit + "'");
        }
        // Some banks write debits as negative numbers in the debit column: the column, not the sign, decides.
        return debit.isEmpty() ? Math.abs(pence(credit, "credit", location))
                : -Math.abs(pence(debit, "debit", location));
    }

    private long flagged(List<String> record, AmountScheme.Flagged flagged, Location location) {
        long pence = Math.abs(pence(columns.value(record, flagged.amount()), "amount", location));
        String flag = columns.value(record, flagged.direction()).toUpperCase(Locale.ROOT);
        if (flagged.credit().contains(flag)) {
            return pence;
        }
        if (flagged.debit().contains(flag)) {
            return -pence;
        }
        throw problem(location, "direction", CsvLayoutErrorCode.CSV_LAYOUT_BAD_DIRECTION, "'" + flag + "' is"
                + " neither a credit (" + String.join(", ", flagged.credit()) + ") nor a debit ("
                + String.join(", ", flagged.debit()) + ")");
    }

    private long pence(String text, String setting, Location location) {
        try {
            return layout.decimalStyle().pence(text);
        } catch (IllegalArgumentException e) {
            throw problem(location, setting, CsvLayoutErrorCode.CSV_LAYOUT_BAD_AMOUNT, e.getMessage());
        }
    }

    private String text(List<String> record, String setting) {
        return layout.column(setting).map(spec -> columns.value(record, spec)).orElse("");
    }

    /** Spreadsheets guard a value such as a sort code with a leading apostrophe; the value is what follows. */
    private static String unguarded(String value) {
        return value.startsWith("'") ? value.substring(1) : value;
    }

    private ProblemException problem(Location location, String field, CsvLayoutErrorCode code, String message) {
        Problem problem = context.problem(location, field, code, message);
        return new ProblemException(problem);
    }
}
