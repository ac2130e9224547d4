package org.coffer.plugins.checkdigit;

import java.util.Optional;
import org.coffer.plugin.api.reference.CheckDigitScheme;
import org.pf4j.Extension;

/**
 * Verhoeff's dihedral-group scheme (1969): the last digit checks all the others, and every single-digit error and
 * every swap of neighbouring digits is caught, which no weighted sum modulo 10 manages. It is built on tables rather
 * than weights, so a council cannot write it in {@code check-digit-schemes.csv}.
 */
@Extension
public final class VerhoeffScheme implements CheckDigitScheme {

    static final String ID = "VERHOEFF";

    /** Multiplication in the dihedral group D5. */
    private static final int[][] MULTIPLY = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
        {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
        {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
        {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
        {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
        {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};

    /** The permutation applied to a digit, by its position from the right modulo 8. */
    private static final int[][] PERMUTE = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
        {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
        {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
        {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
        {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    private static final int[] INVERSE = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Verhoeff: the last digit checks the others; catches every single-digit error and every swap of "
                + "neighbouring digits";
    }

    @Override
    public Optional<String> check(String reference) {
        if (reference.length() < 2) {
            return Optional.of("is too short for a Verhoeff check digit: it needs at least one digit before it");
        }
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("has '" + c + "' at position " + (i + 1) + ", where " + ID
                        + " takes digits only");
            }
        }
        char actual = reference.charAt(reference.length() - 1);
        char expected = checkDigit(reference.substring(0, reference.length() - 1));
        return actual == expected ? Optional.empty()
                : Optional.of("has check digit " + actual + ", where " + ID + " expects " + expected);
    }

    /** The digit that makes {@code digits} followed by it check. */
    static char checkDigit(String digits) {
        int check = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            check = MULTIPLY[check][PERMUTE[(i + 1) % 8][digit]];
        }
        return (char) ('0' + INVERSE[check]);
    }
}
