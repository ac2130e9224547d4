package org.coffer.server.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.coffer.server.config.MatchCondition.Comparison;
import org.coffer.server.config.MatchCondition.TextField;
import org.coffer.server.config.MatchCondition.TextTest;

/**
 * Reads {@code matching-rules.csv}: {@code rule,field,test,value,fund,reason}, one condition per line. A rule's
 * lines follow each other and all must hold; its first line names the fund and reason. Rules are tried in the
 * order written. Fields: {@code reference}, {@code narrative}, {@code channel}, {@code bank_account},
 * {@code format} (tests {@code is}, {@code contains}, {@code starts-with}, {@code matches}, ignoring case),
 * {@code amount} in pounds and {@code value_date} as an ISO date (tests {@code =}, {@code <}, {@code <=},
 * {@code >}, {@code >=}).
 */
final class MatchingRulesFile {

    static final String NAME = "matching-rules.csv";

    private MatchingRulesFile() {
    }

    private record Line(String rule, MatchCondition condition, String fundCode, String reason) {
    }

    static List<MatchingRule> read(Path file) {
        List<MatchingRule> rules = new ArrayList<>();
        List<Line> lines = CouncilCsv.rows(file, MatchingRulesFile::line);
        int first = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || !lines.get(i).rule().equals(lines.get(first).rule())) {
                Line head = lines.get(first);
                if (head.fundCode().isEmpty()) {
                    throw CouncilCsv.bad(file, 0, "rule '" + head.rule() + "' names no fund on its first line");
                }
                List<MatchCondition> conditions = lines.subList(first, i).stream().map(Line::condition).toList();
                rules.add(new MatchingRule(head.rule(), conditions, head.fundCode(), head.reason()));
                first = i;
            }
        }
        return rules;
    }

    private static Line line(CouncilCsv.Row row) {
        return new Line(row.required("rule"), condition(row.required("field"), row.required("test"),
                row.required("value")), row.get("fund"), row.get("reason"));
    }

    private static MatchCondition condition(String field, String test, String value) {
        return switch (field) {
            case "amount" -> new MatchCondition.OnAmount(comparison(test), Pounds.toPence(value, "amount"));
            case "value_date" -> new MatchCondition.OnValueDate(comparison(test), date(value));
            default -> MatchCondition.OnText.of(textField(field), textTest(test), value);
        };
    }

    private static TextField textField(String field) {
        try {
            return TextField.valueOf(field.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field '" + field + "' is not one of reference, narrative, channel, "
                    + "bank_account, format, amount, value_date");
        }
    }

    private static TextTest textTest(String test) {
        try {
            return TextTest.valueOf(test.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("test '" + test + "' of a text field is not one of is, contains, "
                    + "starts-with, matches");
        }
    }

    private static Comparison comparison(String test) {
        return Arrays.stream(Comparison.values()).filter(c -> c.symbol.equals(test)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("test '" + test + "' of an amount or date is not "
                        + "one of =, <, <=, >, >="));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("value_date '" + text + "' is not a date such as 2025-04-01");
        }
    }
}
