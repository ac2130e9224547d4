package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The weighted-sum modulus scheme behind most UK council references (Academy council tax and business rates,
 * housing rents, parking penalty charge notices): each digit times its position's weight, summed, modulo the
 * modulus, optionally subtracted from the modulus, and the result mapped through substitutions such as
 * {@code 10 -> A}. Letters at the start may first be replaced by digits ({@code BJ -> 05}); other letters count
 * for nothing, as does the check position itself.
 *
 * @param id the scheme's name
 * @param modulus the modulus, such as 10 or 11
 * @param weights the weight of each position, from the first character
 * @param prefixSubstitutions digits that replace a reference's leading letters, by those letters
 * @param resultSubstitutions the check character for a result, such as {@code 10 -> "A"}
 * @param subtractFromModulus whether the check is the modulus minus the remainder, rather than the remainder
 */
public record WeightedSumScheme(String id, int modulus, List<Integer> weights, Map<String, String> prefixSubstitutions,
        Map<Integer, String> resultSubstitutions, boolean subtractFromModulus)
        implements ComputedCheckDigitScheme {

    public WeightedSumScheme {
        requireNonNull(id, "id is null");
        if (modulus < 2) {
            throw new IllegalArgumentException("modulus must be at least 2, was " + modulus);
        }
        weights = List.copyOf(weights);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("weights must name at least one weight");
        }
        prefixSubstitutions = Map.copyOf(prefixSubstitutions);
        prefixSubstitutions.forEach((from, to) -> {
            if (from.length() != to.length()) {
                throw new IllegalArgumentException("prefix substitution " + from + ":" + to
                        + " must replace as many characters as it names");
            }
        });
        resultSubstitutions = Map.copyOf(resultSubstitutions);
    }

    @Override
    public String expectedCheck(String reference, int checkPosition) {
        String weighed = withPrefixSubstituted(reference);
        int sum = 0;
        for (int i = 0; i < weighed.length() && i < weights.size(); i++) {
            char c = weighed.charAt(i);
            if (i != checkPosition && c >= '0' && c <= '9') {
                sum += (c - '0') * weights.get(i);
            }
        }
        int result = sum % modulus;
        if (subtractFromModulus) {
            result = modulus - result;
        }
        return resultSubstitutions.getOrDefault(result, Integer.toString(result));
    }

    private String withPrefixSubstituted(String reference) {
        for (Map.Entry<String, String> substitution : prefixSubstitutions.entrySet()) {
            if (reference.startsWith(substitution.getKey())) {
                return substitution.getValue() + reference.substring(substitution.getKey().length());
            }
        }
        return reference;
    }
}
