package org.coffer.server.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code check-digit-schemes.csv}: {@code scheme,kind,modulus,weights,prefix_substitutions,
 * result_substitutions,subtract_from_modulus}. Kinds are {@code weighted-sum} and {@code luhn}; weights are
 * separated by spaces ({@code 3 7 1 3 7 1 3 7 0}); substitutions are space-separated {@code from:to} pairs
 * ({@code BJ:05}, {@code 10:A}); subtraction is {@code yes} or {@code no}.
 */
final class CheckDigitSchemesFile {

    static final String NAME = "check-digit-schemes.csv";

    private CheckDigitSchemesFile() {
    }

    static Map<String, CheckDigitScheme> read(Path file) {
        Map<String, CheckDigitScheme> schemes = new LinkedHashMap<>();
        for (CheckDigitScheme scheme : CouncilCsv.rows(file, CheckDigitSchemesFile::scheme)) {
            if (schemes.putIfAbsent(scheme.id(), scheme) != null) {
                throw CouncilCsv.bad(file, 0, "names scheme " + scheme.id() + " twice");
            }
        }
        return schemes;
    }

    private static CheckDigitScheme scheme(CouncilCsv.Row row) {
        String id = row.required("scheme");
        int modulus = CouncilCsv.wholeNumber(row.required("modulus"), "modulus");
        List<Integer> weights = new ArrayList<>();
        for (String weight : words(row.required("weights"))) {
            weights.add(CouncilCsv.wholeNumber(weight, "weight"));
        }
        Map<Integer, String> results = new LinkedHashMap<>();
        pairs(row.get("result_substitutions"))
                .forEach((from, to) -> results.put(CouncilCsv.wholeNumber(from, "result"), to));
        return switch (row.required("kind")) {
            case "weighted-sum" -> new WeightedSumScheme(id, modulus, weights, pairs(row.get("prefix_substitutions")),
                    results, yesOrNo(row.required("subtract_from_modulus")));
            case "luhn" -> new LuhnScheme(id, modulus, weights, results);
            default -> throw new IllegalArgumentException("kind '" + row.get("kind")
                    + "' is not weighted-sum or luhn");
        };
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : words(text)) {
            int colon = pair.indexOf(':');
            if (colon < 1 || colon == pair.length() - 1) {
                throw new IllegalArgumentException("substitution '" + pair + "' is not from:to, such as 10:A");
            }
            pairs.put(pair.substring(0, colon), pair.substring(colon + 1));
        }
        return pairs;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }


    private static boolean yesOrNo(String text) {
        return switch (text) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("subtract_from_modulus '" + text + "' is not yes or no");
        };
    }
}
