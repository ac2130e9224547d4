package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The Luhn-style scheme of Dynix library systems: over the characters before the check, digits at odd positions
 * (counting from 0) are added as they are, and digits at even positions are multiplied by their weight, less 10
 * when that passes 10, plus 1 when the digit is over 4; the check is the modulus minus the sum's remainder, mapped
 * through substitutions such as {@code 10 -> 0}.
 *
 * @param id the scheme's name
 * @param modulus the modulus, 10 for library cards
 * @param weights the weight of each position, from the first character (odd positions' weights are not used)
 * @param resultSubstitutions the check character for a result, such as {@code 10 -> "0"}
 */
public record LuhnScheme(String id, int modulus, List<Integer> weights, Map<Integer, String> resultSubstitutions)
        implements ComputedCheckDigitScheme {

    public LuhnScheme {
        requireNonNull(id, "id is null");
        if (modulus < 2) {
            throw new IllegalArgumentException("modulus must be at least 2, was " + modulus);
        }
        weights = List.copyOf(weights);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("weights must name at least one weight");
        }
        resultSubstitutions = Map.copyOf(resultSubstitutions);
    }

    @Override
    public String expectedCheck(String reference, int checkPosition) {
        int sum = 0;
        for (int i = 0; i < checkPosition && i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int digit = c - '0';
            if (i % 2 == 1) {
                sum += digit;
            } else {
                int value = digit * (i < weights.size() ? weights.get(i) : 0);
                if (value > 10) {
                    value -= 10;
                }
                sum += digit > 4 ? value + 1 : value;
            }
        }
        int result = modulus - sum % modulus;
        return resultSubstitutions.getOrDefault(result, Integer.toString(result));
    }
}
