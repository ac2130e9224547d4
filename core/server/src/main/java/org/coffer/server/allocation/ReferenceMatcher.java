package org.coffer.server.allocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;

/**
 * Finds the fund a payment belongs to from its reference and narrative, using each fund's reference pattern. A
 * payment is allocated only when exactly one fund claims exactly one candidate; anything else goes to suspense
 * with the reason, so a wrong match is never made to save an officer a look. Deterministic: the same line always
 * gives the same answer.
 */
public final class ReferenceMatcher {

    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern LEADING_WORD = Pattern.compile("^[A-Z]+\\s+");
    private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("^[A-Z]+([0-9]+)$");

    private final List<Fund> funds;

    public ReferenceMatcher(Council council) {
        this.funds = council.funds().stream().filter(f -> f.referencePattern().isPresent()).toList();
    }

    public Allocation allocate(String reference, String narrative) {
        Set<String> candidates = candidates(reference, narrative);
        List<Allocation> matches = new ArrayList<>();
        for (String candidate : candidates) {
            for (Fund fund : funds) {
                if (fund.referencePattern().orElseThrow().matcher(candidate).matches()) {
                    matches.add(new Allocation(fund.code(), candidate,
                            "reference " + candidate + " matches the " + fund.name() + " reference format"));
                }
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            String reason;
            if (!candidates.isEmpty()) {
                reason = "no fund's reference format matches " + String.join(", ", candidates);
            } else if (reference.isBlank()) {
                reason = "the payment carries no reference";
            } else {
                reason = "'" + reference.strip() + "' does not look like any fund's reference";
            }
            return new Allocation(Fund.SUSPENSE, "", reason);
        }
        return new Allocation(Fund.SUSPENSE, "", "more than one fund could take it: " + String.join("; ",
                matches.stream().map(Allocation::reason).toList()));
    }

    /** Every council reference scheme has digits; words without any are names and narrative. */
    private static boolean containsDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reference with its spaces removed, then every word of the reference and narrative, upper-cased; and for
     * each, the same without a leading word of letters, because payers put the fund's name before its reference
     * ({@code CT312345678}, {@code CTAX 312 345 678}).
     */
    private static Set<String> candidates(String reference, String narrative) {
        Set<String> candidates = new LinkedHashSet<>();
        String upperReference = reference.toUpperCase(Locale.ROOT);
        addWithAndWithoutPrefix(candidates, upperReference.replaceAll("[\\s\\-/]", ""));
        addWithAndWithoutPrefix(candidates, LEADING_WORD.matcher(upperReference).replaceFirst("")
                .replaceAll("[\\s\\-/]", ""));
        for (String text : List.of(upperReference, narrative.toUpperCase(Locale.ROOT))) {
            for (String token : TOKEN_SEPARATORS.split(text)) {
                if (token.length() >= 4) {
                    addWithAndWithoutPrefix(candidates, token);
                }
            }
        }
        return candidates;
    }

    private static void addWithAndWithoutPrefix(Set<String> candidates, String text) {
        if (text.isEmpty() || !containsDigit(text)) {
            return;
        }
        candidates.add(text);
        Matcher prefixed = LETTERS_THEN_DIGITS.matcher(text);
        if (prefixed.matches()) {
            candidates.add(prefixed.group(1));
        }
    }
}
