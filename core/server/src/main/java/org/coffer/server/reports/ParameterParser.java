package org.coffer.server.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coffer.plugin.api.format.Channel;
import org.coffer.server.CofferException;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.config.BankAccount;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;

/**
 * Turns the text given for a report's parameters (or their defaults) into typed values bound by name. A mistake is
 * a user error that names the parameter, the text and what was expected. {@code all} binds SQL {@code NULL}.
 */
final class ParameterParser {

    static final String ALL = "all";
    private static final int MAX_TEXT = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private final Council council;
    private final LocalDate today;

    ParameterParser(Council council, LocalDate today) {
        this.council = council;
        this.today = today;
    }

    /** Values for every parameter of the report, in its order, and the SQL bindings they make. */
    ResolvedParameters resolve(Report report, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (report.parameter(name).isEmpty()) {
                throw bad(report, name, "the report has no such parameter; its parameters are "
                        + String.join(", ", report.parameters().stream().map(ReportParameter::name).toList()));
            }
        }
        Map<String, Object> bindings = new LinkedHashMap<>();
        List<ParameterValue> values = report.parameters().stream().map(parameter -> {
            String text = given.getOrDefault(parameter.name(), parameter.defaultValue()).strip();
            return switch (parameter.type()) {
                case DATE -> date(report, parameter, text, bindings);
                case PERIOD -> period(report, parameter, text, bindings);
                case FUND -> code(report, parameter, text, bindings,
                        council.funds().stream().map(Fund::code).toList());
                case CHANNEL -> code(report, parameter, text, bindings,
                        Arrays.stream(Channel.values()).map(Channel::name).toList());
                case BANK_ACCOUNT -> code(report, parameter, text, bindings,
                        council.bankAccounts().stream().map(BankAccount::code).toList());
                case TEXT -> text(report, parameter, text, bindings);
                case PERCENT -> percent(report, parameter, text, bindings);
            };
        }).toList();
        if (bindings.get("from") instanceof LocalDate from && bindings.get("to") instanceof LocalDate to
                && from.isAfter(to)) {
            throw bad(report, "from", "'" + from + "' is after to, '" + to + "'; expected a day on or before it");
        }
        return new ResolvedParameters(values, bindings);
    }

    private ParameterValue date(Report report, ReportParameter parameter, String text, Map<String, Object> bindings) {
        LocalDate date = switch (text) {
            case "today" -> today;
            case "yesterday" -> today.minusDays(1);
            case "month-start" -> today.withDayOfMonth(1);
            case "previous-month-start" -> today.withDayOfMonth(1).minusMonths(1);
            case "previous-month-end" -> today.withDayOfMonth(1).minusDays(1);
            case "year-start" -> yearStart(today);
            default -> parseDate(report, parameter, text);
        };
        bindings.put(parameter.name(), date);
        return new ParameterValue(parameter, date.toString(), DAY.format(date));
    }

    private LocalDate parseDate(Report report, ReportParameter parameter, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(report, parameter.name(), "'" + text + "' is not a date; expected a day such as 2025-04-30, or "
                    + "today, yesterday, month-start, previous-month-start, previous-month-end or year-start");
        }
    }

    private ParameterValue period(Report report, ReportParameter parameter, String text,
            Map<String, Object> bindings) {
        YearMonth month = switch (text) {
            case "current-month" -> YearMonth.from(today);
            case "previous-month" -> YearMonth.from(today).minusMonths(1);
            default -> parseMonth(report, parameter, text);
        };
        bindPeriod(parameter.name(), month, "", bindings);
        bindPeriod(parameter.name(), month.minusYears(1), "_last_year", bindings);
        FinancialPeriod period = FinancialPeriod.of(month.atDay(1));
        return new ParameterValue(parameter, month.toString(), MONTH.format(month) + ", period " + period.period()
                + " of " + period.yearLabel());
    }

    private static void bindPeriod(String name, YearMonth month, String suffix, Map<String, Object> bindings) {
        LocalDate start = month.atDay(1);
        LocalDate yearStart = yearStart(start);
        int quarter = (FinancialPeriod.of(start).period() - 1) / 3;
        bindings.put(name + "_start" + suffix, start);
        bindings.put(name + "_end" + suffix, month.atEndOfMonth());
        bindings.put(name + "_quarter_start" + suffix, yearStart.plusMonths(3L * quarter));
        bindings.put(name + "_year_start" + suffix, yearStart);
    }

    private YearMonth parseMonth(Report report, ReportParameter parameter, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(report, parameter.name(), "'" + text + "' is not a month; expected one such as 2025-06, or "
                    + "current-month or previous-month");
        }
    }

    private ParameterValue code(Report report, ReportParameter parameter, String text, Map<String, Object> bindings,
            List<String> known) {
        if (text.equalsIgnoreCase(ALL)) {
            bindings.put(parameter.name(), null);
            return new ParameterValue(parameter, ALL, "all");
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (!known.contains(code)) {
            throw bad(report, parameter.name(), "there is no " + parameter.type().spelling().replace('-', ' ') + " '"
                    + text + "'; expected all or one of " + (known.isEmpty() ? "(none configured)"
                            : String.join(", ", known)));
        }
        bindings.put(parameter.name(), code);
        return new ParameterValue(parameter, code, code);
    }

    private static ParameterValue text(Report report, ReportParameter parameter, String text,
            Map<String, Object> bindings) {
        if (text.length() > MAX_TEXT) {
            throw bad(report, parameter.name(), "the text is " + text.length() + " characters long; expected at most "
                    + MAX_TEXT);
        }
        boolean all = text.equalsIgnoreCase(ALL) || text.isEmpty();
        bindings.put(parameter.name(), all ? null : text);
        return new ParameterValue(parameter, all ? ALL : text, all ? "all" : text);
    }

    private static ParameterValue percent(Report report, ReportParameter parameter, String text,
            Map<String, Object> bindings) {
        String digits = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        BigDecimal share;
        try {
            share = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            share = BigDecimal.valueOf(-1);
        }
        if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw bad(report, parameter.name(), "'" + text + "' is not a share; expected a number from 0 to 100, "
                    + "such as 25 or 12.5%");
        }
        bindings.put(parameter.name(), share.movePointLeft(2));
        return new ParameterValue(parameter, share.toPlainString(), share.toPlainString() + "%");
    }

    private static LocalDate yearStart(LocalDate date) {
        return LocalDate.of(FinancialPeriod.of(date).year(), 4, 1);
    }

    private static CofferException bad(Report report, String name, String what) {
        return new CofferException(ReportErrorCode.REPORT_BAD_PARAMETER,
                "report " + report.id() + ", parameter " + name + ": " + what);
    }
}
