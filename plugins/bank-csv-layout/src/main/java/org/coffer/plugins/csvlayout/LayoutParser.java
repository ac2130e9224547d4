package org.coffer.plugins.csvlayout;

import static org.coffer.plugins.csvlayout.CsvLayoutErrorCode.LAYOUT_BAD_SETTING;
import static org.coffer.plugins.csvlayout.CsvLayoutErrorCode.LAYOUT_MISSING_SETTING;
import static org.coffer.plugins.csvlayout.CsvLayoutErrorCode.LAYOUT_UNKNOWN_SETTING;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LayoutSettings;
import org.coffer.plugins.csv.DecimalStyle;

/** Reads a layout's settings into a {@link Layout}, reporting every wrong setting at once, each by name. */
final class LayoutParser {

    /** The text columns a layout may name, beside date and amounts. */
    static final List<String> TEXT_COLUMNS = List.of("reference", "narrative", "counterparty", "bank-reference", "type",
            "account", "sort-code", "balance");

    private static final Set<String> SETTINGS = Set.of("family", "id", "name", "shape", "delimiter", "header.lines",
            "detect.header", "detect.file-name", "date", "date.format", "amount", "debit", "credit", "direction",
            "direction.credit", "direction.debit", "amount.style", "channel.default", "account.value", "currency",
            "order", "skip.starts-with");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final LayoutSettings settings;
    private final List<Problem> problems = new ArrayList<>();

    private LayoutParser(LayoutSettings settings) {
        this.settings = settings;
    }

    static Layout parse(LayoutSettings settings) {
        return new LayoutParser(settings).layout();
    }

    private Layout layout() {
        refuseUnknownSettings();
        String id = text("id").orElse("");
        if (!ID.matcher(id).matches()) {
            bad("id", "the id must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter, was '"
                    + id + "'");
        }
        String name = required("name");
        boolean fixed = choice("shape", "csv", "csv", "fixed").equals("fixed");
        Layout layout = new Layout(id, name, fixed, delimiter(), number("header.lines"), text("detect.header"),
                fileNamePattern(), column("date", fixed), text("date.format").orElse(""), dateFormat(),
                amounts(fixed), decimalStyle(), textColumns(fixed), channels(),
                channel("channel.default", text("channel.default").orElse("UNKNOWN")),
                text("account.value").orElse(""), currency(),
                choice("order", "oldest-first", "oldest-first", "newest-first").equals("newest-first"),
                text("skip.starts-with").orElse(""));
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return layout;
    }

    private void refuseUnknownSettings() {
        for (String setting : new TreeSet<>(settings.names())) {
            if (!SETTINGS.contains(setting) && !TEXT_COLUMNS.contains(setting) && !setting.startsWith("channel.")) {
                problems.add(settings.problem(setting, LAYOUT_UNKNOWN_SETTING, "no layout has a setting '" + setting
                        + "'; the settings are listed in the bank-csv-layout plugin's README"));
            }
        }
    }

    private char delimiter() {
        String value = text("delimiter").orElse(",");
        if (value.equals("tab")) {
            return '\t';
        }
        if (value.length() != 1 || value.equals("\"")) {
            bad("delimiter", "the delimiter must be one character other than a double quote, or 'tab', was '"
                    + value + "'");
            return ',';
        }
        return value.charAt(0);
    }

    private Optional<Pattern> fileNamePattern() {
        return text("detect.file-name").map(glob -> Pattern.compile(Arrays.stream(glob.split("\\*", -1))
                .map(Pattern::quote).collect(Collectors.joining(".*")), Pattern.CASE_INSENSITIVE));
    }

    private DateTimeFormatter dateFormat() {
        String pattern = required("date.format");
        if (!pattern.matches("[dMyu/.\\- ]+") || !pattern.contains("d") || !pattern.contains("M")
                || !(pattern.contains("y") || pattern.contains("u"))) {
            bad("date.format", "the date pattern must use d, M and y with separators, such as dd/MM/yyyy, yyMMdd or"
                    + " dd MMM yyyy, was '" + pattern + "'");
            return DateTimeFormatter.ISO_LOCAL_DATE;
        }
        // Strict resolving refuses 31/02; it needs the proleptic year letter u rather than y.
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern.replace('y', 'u'))
                .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    private AmountScheme amounts(boolean fixed) {
        boolean signed = text("amount").isPresent() && text("direction").isEmpty();
        if (text("debit").isPresent() || text("credit").isPresent()) {
            if (text("amount").isPresent()) {
                bad("amount", "a layout has either an amount column or debit and credit columns, not both");
            }
            return new AmountScheme.DebitCredit(column("debit", fixed), column("credit", fixed));
        }
        if (signed) {
            return new AmountScheme.Signed(column("amount", fixed));
        }
        if (text("direction").isPresent()) {
            return new AmountScheme.Flagged(column("amount", fixed), column("direction", fixed),
                    flags("direction.credit"), flags("direction.debit"));
        }
        problems.add(settings.problem("amount", LAYOUT_MISSING_SETTING, "the layout names no amount: give 'amount'"
                + " (signed), 'debit' and 'credit', or 'amount' with 'direction'"));
        return new AmountScheme.Signed(new ColumnSpec.ByNumber(1));
    }

    private Set<String> flags(String setting) {
        return Arrays.stream(required(setting).split(",")).map(String::strip).filter(flag -> !flag.isEmpty())
                .map(flag -> flag.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private DecimalStyle decimalStyle() {
        return switch (choice("amount.style", "uk", "uk", "european", "pence")) {
            case "european" -> new DecimalStyle(',', '.', false);
            case "pence" -> new DecimalStyle('.', (char) 0, true);
            default -> DecimalStyle.UK;
        };
    }

    private Map<String, ColumnSpec> textColumns(boolean fixed) {
        Map<String, ColumnSpec> columns = new HashMap<>();
        for (String setting : TEXT_COLUMNS) {
            if (text(setting).isPresent()) {
                columns.put(setting, column(setting, fixed));
            }
        }
        return columns;
    }

    private Map<String, Channel> channels() {
        Map<String, Channel> channels = new HashMap<>();
        for (String setting : settings.names()) {
            if (setting.startsWith("channel.") && !setting.equals("channel.default")) {
                String code = setting.substring("channel.".length()).toUpperCase(Locale.ROOT);
                channels.put(code, channel(setting, text(setting).orElse("")));
            }
        }
        return channels;
    }

    private Channel channel(String setting, String value) {
        try {
            return Channel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            bad(setting, "'" + value + "' is not a channel; the channels are " + Arrays.toString(Channel.values()));
            return Channel.UNKNOWN;
        }
    }

    private String currency() {
        String currency = text("currency").orElse("GBP");
        if (!currency.matches("[A-Z]{3}")) {
            bad("currency", "the currency must be a three-letter ISO 4217 code such as GBP, was '" + currency + "'");
            return "GBP";
        }
        return currency;
    }

    private ColumnSpec column(String setting, boolean fixed) {
        String value = required(setting);
        ColumnSpec column = ColumnSpec.parse(value);
        if (column == null) {
            return new ColumnSpec.ByNumber(1);
        }
        if (fixed != (column instanceof ColumnSpec.BySpan)) {
            bad(setting, fixed ? "a fixed-width layout gives each value as first-last character positions, such as"
                    + " 12-19, not '" + value + "'" : "'" + value + "' are character positions, which only a"
                    + " fixed-width layout (shape=fixed) has");
        }
        return column;
    }

    private int number(String setting) {
        String value = text(setting).orElse("0");
        if (!value.matches("[0-9]{1,2}")) {
            bad(setting, "'" + value + "' is not a number of lines from 0 to 99");
            return 0;
        }
        return Integer.parseInt(value);
    }

    private String choice(String setting, String otherwise, String... allowed) {
        String value = text(setting).orElse(otherwise);
        if (!Arrays.asList(allowed).contains(value)) {
            bad(setting, "'" + value + "' is not one of " + String.join(", ", allowed));
            return otherwise;
        }
        return value;
    }

    private String required(String setting) {
        Optional<String> value = text(setting);
        if (value.isEmpty()) {
            problems.add(settings.problem(setting, LAYOUT_MISSING_SETTING, "the layout has no '" + setting
                    + "' setting"));
            return "";
        }
        return value.get();
    }

    private Optional<String> text(String setting) {
        return settings.value(setting).map(String::strip).filter(value -> !value.isEmpty());
    }

    private void bad(String setting, String message) {
        problems.add(settings.problem(setting, LAYOUT_BAD_SETTING, message));
    }
}
