package org.coffer.plugins.layout;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.ledger.ExportContext;

/** A council's ledger layout, read from the export target's settings and checked before anything is written. */
record Layout(boolean fixedWidth, List<Column> columns, boolean header, DateTimeFormatter dates, Sign sign,
        boolean pence, boolean zeroForEmptyAmount, char delimiter, String lineEnding, String debitFlag,
        String creditFlag) {

    /** How the layout tells debits from credits. */
    enum Sign {
        /** One {@code amount} column, debits positive and credits negative. */
        SIGNED,
        /** Separate {@code debit} and {@code credit} columns, each empty on the other kind of line. */
        DEBIT_CREDIT,
        /** An unsigned {@code amount} and a {@code dc} column holding the debit or credit flag. */
        DC_FLAG
    }

    private static final Map<String, Character> DELIMITERS = Map.of(",", ',', ";", ';', "|", '|', "tab", '\t');

    static Layout from(ExportContext context) {
        boolean fixed = choice(context, "format", null, Set.of("csv", "fixed")).equals("fixed");
        List<Column> columns = columns(context, fixed);
        boolean header = choice(context, "header", "no", Set.of("yes", "no")).equals("yes");
        DateTimeFormatter dates = dates(context);
        Sign sign = Sign.valueOf(choice(context, "sign", "signed", Set.of("signed", "debit-credit", "dc-flag"))
                .toUpperCase(Locale.ROOT).replace('-', '_'));
        boolean pence = choice(context, "amounts", "decimal", Set.of("decimal", "pence")).equals("pence");
        boolean zero = choice(context, "emptyAmount", "blank", Set.of("blank", "zero")).equals("zero");
        char delimiter = DELIMITERS.get(choice(context, "delimiter", ",", DELIMITERS.keySet()));
        String lineEnding = choice(context, "lineEnding", "crlf", Set.of("crlf", "lf")).equals("lf") ? "\n" : "\r\n";
        String debitFlag = context.setting("debitFlag").orElse("D");
        String creditFlag = context.setting("creditFlag").orElse("C");
        if (debitFlag.equals(creditFlag)) {
            throw bad(context, "creditFlag", "'" + creditFlag + "' is the debit flag too, so debits and credits"
                    + " could not be told apart");
        }
        Layout layout = new Layout(fixed, columns, header, dates, sign, pence, zero, delimiter, lineEnding, debitFlag,
                creditFlag);
        layout.checkSignColumns(context);
        return layout;
    }

    private static List<Column> columns(ExportContext context, boolean fixed) {
        String setting = context.requiredSetting("columns", LayoutErrorCode.LAYOUT_MISSING_SETTING);
        List<Column> columns = new ArrayList<>();
        for (String text : setting.split(",")) {
            Column column = Column.parse(text);
            if (column == null) {
                throw bad(context, "columns", "'" + text.trim() + "' is not NAME[:WIDTH[:left|right[:PAD]]] with a"
                        + " NAME from " + Fields.known());
            }
            if (fixed && column.width() == 0) {
                throw bad(context, "columns", "'" + text.trim() + "' has no width, and every column of a fixed-width"
                        + " layout needs one");
            }
            columns.add(column);
        }
        return List.copyOf(columns);
    }

    private static DateTimeFormatter dates(ExportContext context) {
        String pattern = context.setting("dateFormat").orElse("yyyy-MM-dd");
        try {
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
            formatter.format(LocalDate.of(2025, 6, 30));
            return formatter;
        } catch (IllegalArgumentException | DateTimeException e) {
            throw bad(context, "dateFormat", "'" + pattern + "' is not a date pattern such as yyyy-MM-dd or"
                    + " dd/MM/yyyy: " + e.getMessage());
        }
    }

    /** The amount columns must say what the sign convention needs, and nothing it cannot fill. */
    private void checkSignColumns(ExportContext context) {
        List<String> names = columns.stream().map(Column::field).toList();
        List<String> needed = switch (sign) {
            case SIGNED -> List.of("amount");
            case DEBIT_CREDIT -> List.of("debit", "credit");
            case DC_FLAG -> List.of("amount", "dc");
        };
        for (String name : List.of("amount", "debit", "credit", "dc")) {
            if (needed.contains(name) != names.contains(name)) {
                throw bad(context, "columns", "the sign convention " + sign.name().toLowerCase(Locale.ROOT)
                        .replace('_', '-') + " writes the columns " + String.join(" and ", needed)
                        + (needed.contains(name) ? ", but there is no " + name + " column"
                                : ", and cannot fill the column " + name));
            }
        }
    }

    private static String choice(ExportContext context, String name, String fallback, Set<String> allowed) {
        String value = fallback == null ? context.requiredSetting(name, LayoutErrorCode.LAYOUT_MISSING_SETTING)
                : context.setting(name).orElse(fallback);
        if (!allowed.contains(value)) {
            throw bad(context, name, "'" + value + "' is not one of " + String.join(", ", allowed.stream()
                    .sorted().toList()));
        }
        return value;
    }

    static ProblemException bad(ExportContext context, String setting, String message) {
        return new ProblemException(context.problem(Location.wholeFile(), setting, LayoutErrorCode.LAYOUT_BAD_SETTING,
                "the setting '" + setting + "': " + message));
    }
}
