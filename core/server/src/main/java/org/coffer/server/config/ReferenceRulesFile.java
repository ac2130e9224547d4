package org.coffer.server.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code reference-rules.csv}: {@code fund,rule,length,characters,pattern,mask,check_digit_scheme}, one rule
 * per line, a fund's rules in the order written. The length is {@code 9} or {@code 5-30}; the pattern, mask and
 * scheme may be empty.
 */
final class ReferenceRulesFile {

    static final String NAME = "reference-rules.csv";

    private ReferenceRulesFile() {
    }

    private record FundRule(String fundCode, ReferenceRule rule) {
    }

    /** Each fund's rules, by fund code. */
    static Map<String, List<ReferenceRule>> read(Path file, Map<String, CheckDigitScheme> schemes) {
        Map<String, List<ReferenceRule>> rules = new LinkedHashMap<>();
        for (FundRule fundRule : CouncilCsv.rows(file, row -> fundRule(row, schemes))) {
            rules.computeIfAbsent(fundRule.fundCode(), code -> new ArrayList<>()).add(fundRule.rule());
        }
        return rules;
    }

    private static FundRule fundRule(CouncilCsv.Row row, Map<String, CheckDigitScheme> schemes) {
        String length = row.required("length");
        int dash = length.indexOf('-');
        int min = CouncilCsv.wholeNumber(dash < 0 ? length : length.substring(0, dash), "length");
        int max = dash < 0 ? min : CouncilCsv.wholeNumber(length.substring(dash + 1), "length");
        String schemeId = row.get("check_digit_scheme");
        Optional<CheckDigitScheme> scheme = Optional.empty();
        if (!schemeId.isEmpty()) {
            scheme = Optional.ofNullable(schemes.get(schemeId));
            if (scheme.isEmpty()) {
                throw new IllegalArgumentException("check_digit_scheme '" + schemeId + "' is neither in "
                        + CheckDigitSchemesFile.NAME + " nor provided by a plugin" + (schemes.isEmpty() ? ""
                                : "; the schemes are " + String.join(", ", schemes.keySet())));
            }
        }
        String mask = row.get("mask");
        ReferenceRule rule = new ReferenceRule(row.required("rule"), min, max,
                CharacterSet.byLabel(row.required("characters")), pattern(row.get("pattern")),
                mask.isEmpty() ? Optional.empty() : Optional.of(new InputMask(mask)), scheme);
        return new FundRule(row.required("fund"), rule);
    }

    static Optional<Pattern> pattern(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(text));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("pattern '" + text + "' is not a valid regular expression: "
                    + e.getDescription());
        }
    }
}
