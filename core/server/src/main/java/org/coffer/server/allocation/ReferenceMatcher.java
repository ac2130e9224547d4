package org.coffer.server.allocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;

/**
 * Finds the fund a payment belongs to from its reference and narrative, using each fund's reference pattern. A
 * payment is allocated only when exactly one fund claims exactly one candidate; anything else goes to suspense
 * with the reason, so a wrong match is never made to save an officer a look. Deterministic: the same line always
 * gives the same answer.
 */
public final class ReferenceMatcher {


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
            if (isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reference with its spaces removed, then every word of the reference and narrative, upper-cased; and for
     * each, the same without a leading word of letters, because payers put the fund's name before its reference
     * ({@code CT312345678}, {@code CTAX 312 345 678}). Written without regular expressions: it runs for every line.
     */
    private static Set<String> candidates(String reference, String narrative) {
        Set<String> candidates = new LinkedHashSet<>();
        String upperReference = reference.toUpperCase(Locale.ROOT);
        addWithAndWithoutPrefix(candidates, compact(upperReference));
        addWithAndWithoutPrefix(candidates, compact(withoutLeadingWord(upperReference)));
        addWords(candidates, upperReference);
        addWords(candidates, narrative.toUpperCase(Locale.ROOT));
        return candidates;
    }

    /** The text without the spaces, hyphens and slashes payers put inside references. */
    private static String compact(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '/') {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    /** {@code CTAX 312 345 678} without {@code CTAX }; the text itself when it does not start with a word. */
    private static String withoutLeadingWord(String text) {
        String stripped = text.strip();
        int letters = 0;
        while (letters < stripped.length() && isLetter(stripped.charAt(letters))) {
            letters++;
        }
        boolean wordThenSpace = letters > 0 && letters < stripped.length()
                && Character.isWhitespace(stripped.charAt(letters));
        return wordThenSpace ? stripped.substring(letters) : stripped;
    }

    /** Each run of letters and digits of four or more characters. */
    private static void addWords(Set<String> candidates, String text) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (i - start >= 4) {
                    addWithAndWithoutPrefix(candidates, text.substring(start, i));
                }
                start = -1;
            }
        }
    }

    private static void addWithAndWithoutPrefix(Set<String> candidates, String text) {
        if (text.isEmpty() || !containsDigit(text)) {
            return;
        }
        candidates.add(text);
        int letters = 0;
        while (letters < text.length() && isLetter(text.charAt(letters))) {
            letters++;
        }
        if (letters > 0 && allDigits(text, letters)) {
            candidates.add(text.substring(letters));
        }
    }

    private static boolean allDigits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return from < text.length();
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }
}
