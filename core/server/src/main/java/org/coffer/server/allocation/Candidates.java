package org.coffer.server.allocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The strings in a payment's reference and narrative that might be an account reference, upper-cased, most likely
 * first. Bank narratives are messy: payers space references out ({@code 312 345 678}), put words before them
 * ({@code CTAX 312345678}, {@code CT312345678}), add names and months, and write several numbers in one field.
 * Written without regular expressions: it runs for every line imported.
 */
final class Candidates {

    /** References are split into at most this many groups by payers, as bills print them. */
    private static final int MOST_GROUPS = 4;

    private Candidates() {
    }

    static Set<String> of(String reference, String narrative) {
        Set<String> candidates = new LinkedHashSet<>();
        String upperReference = reference.toUpperCase(Locale.ROOT);
        addWithAndWithoutPrefix(candidates, compact(upperReference));
        addWithAndWithoutPrefix(candidates, compact(withoutLeadingWord(upperReference)));
        addWordsAndGroups(candidates, upperReference);
        addWordsAndGroups(candidates, narrative.toUpperCase(Locale.ROOT));
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
        int letters = leadingLetters(stripped);
        boolean wordThenSpace = letters > 0 && letters < stripped.length()
                && Character.isWhitespace(stripped.charAt(letters));
        return wordThenSpace ? stripped.substring(letters) : stripped;
    }

    /**
     * Each word of letters and digits with a digit in it, and each run of up to {@link #MOST_GROUPS} such words
     * joined, so that {@code PAID 312 345 678 2 OF 3} yields {@code 312345678} among others.
     */
    private static void addWordsAndGroups(Set<String> candidates, String text) {
        List<String> run = new ArrayList<>();
        for (String word : words(text)) {
            if (containsDigit(word)) {
                run.add(word);
            } else {
                addGroups(candidates, run);
                run.clear();
            }
        }
        addGroups(candidates, run);
    }

    private static void addGroups(Set<String> candidates, List<String> run) {
        for (int start = 0; start < run.size(); start++) {
            StringBuilder joined = new StringBuilder();
            for (int end = start; end < run.size() && end < start + MOST_GROUPS; end++) {
                joined.append(run.get(end));
                addWithAndWithoutPrefix(candidates, joined.toString());
            }
        }
    }

    /** The runs of letters and digits in the text. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The text, and the text without its leading letters when only digits follow ({@code CT312345678}). */
    private static void addWithAndWithoutPrefix(Set<String> candidates, String text) {
        if (text.isEmpty() || !containsDigit(text)) {
            return;
        }
        candidates.add(text);
        int letters = leadingLetters(text);
        if (letters > 0 && allDigits(text, letters)) {
            candidates.add(text.substring(letters));
        }
    }

    private static int leadingLetters(String text) {
        int letters = 0;
        while (letters < text.length() && isLetter(text.charAt(letters))) {
            letters++;
        }
        return letters;
    }

    /** Every council reference scheme has digits; words without any are names and narrative. */
    private static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
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
