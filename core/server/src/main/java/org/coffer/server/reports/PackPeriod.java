package org.coffer.server.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coffer.server.CofferException;
import org.coffer.server.allocation.FinancialPeriod;

/**
 * The period a pack runs for: {@code from} and {@code to}, both included. Without them, the financial year to date
 * up to the end of the last complete month, which is what a committee usually sees.
 */
record PackPeriod(LocalDate from, LocalDate to) {

    static final List<String> NAMES = List.of("from", "to");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    static PackPeriod resolve(Pack pack, Map<String, String> given, LocalDate today) {
        for (String name : given.keySet()) {
            if (!NAMES.contains(name)) {
                throw bad(pack, name, "the pack has no such parameter; its parameters are from and to");
            }
        }
        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        LocalDate to = date(pack, "to", given.get("to"), lastMonthEnd);
        LocalDate from = date(pack, "from", given.get("from"), LocalDate.of(FinancialPeriod.of(to).year(), 4, 1));
        if (from.isAfter(to)) {
            throw bad(pack, "from", "'" + from + "' is after to, '" + to + "'; expected a day on or before it");
        }
        return new PackPeriod(from, to);
    }

    /** The text a section's report is given for each of its parameters that the pack sets; the rest keep defaults. */
    Map<String, String> parametersFor(Report report) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ReportParameter parameter : report.parameters()) {
            if (parameter.type() == ParameterType.DATE && parameter.name().equals("from")) {
                values.put("from", from.toString());
            } else if (parameter.type() == ParameterType.DATE && parameter.name().equals("to")) {
                values.put("to", to.toString());
            } else if (parameter.type() == ParameterType.PERIOD) {
                values.put(parameter.name(), YearMonth.from(to).toString());
            }
        }
        return values;
    }

    /** {@code 1 April 2026 to 30 June 2026}. */
    String describe() {
        return DAY.format(from) + " to " + DAY.format(to);
    }

    private static LocalDate date(Pack pack, String name, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw bad(pack, name, "'" + text.strip() + "' is not a date; expected a day such as 2026-04-01");
        }
    }

    private static CofferException bad(Pack pack, String name, String what) {
        return new CofferException(ReportErrorCode.REPORT_BAD_PARAMETER,
                "pack " + pack.id() + ", parameter " + name + ": " + what);
    }
}
