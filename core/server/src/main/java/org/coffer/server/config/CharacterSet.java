package org.coffer.server.config;

import java.util.Arrays;
import java.util.Locale;

/** The characters a reference rule allows, named in {@code reference-rules.csv} by {@link #label}. */
public enum CharacterSet {
    DIGITS("digits", "digits"),
    LETTERS("letters", "letters"),
    LETTERS_AND_DIGITS("letters-and-digits", "letters and digits"),
    /** What the {@code *} of a mask takes. */
    REFERENCE_TEXT("reference-text", "letters, digits, spaces, / and -");

    public final String label;
    public final String description;

    CharacterSet(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public static CharacterSet byLabel(String label) {
        return Arrays.stream(values()).filter(set -> set.label.equals(label.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("characters '" + label + "' is not one of "
                        + String.join(", ", Arrays.stream(values()).map(set -> set.label).toList())));
    }

    public boolean allows(char c) {
        return switch (this) {
            case DIGITS -> isDigit(c);
            case LETTERS -> isLetter(c);
            case LETTERS_AND_DIGITS -> isDigit(c) || isLetter(c);
            case REFERENCE_TEXT -> isDigit(c) || isLetter(c) || c == ' ' || c == '/' || c == '-';
        };
    }

    /** ASCII digits only: a reference is typed on UK keyboards, and other scripts' digits are no council's. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
