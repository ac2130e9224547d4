package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A reference's shape, one mask character per reference character: {@code #} a digit, {@code $} a letter,
 * {@code ?} a letter or digit, {@code *} a letter, digit, space, {@code /} or {@code -}, {@code @} the check
 * character, and anything else itself (in any case). A reference may stop early only where the rest of the mask is
 * {@code *}, so {@code #*****} takes one to six characters.
 */
public record InputMask(String mask) {

    public InputMask {
        requireNonNull(mask, "mask is null");
        if (mask.isEmpty()) {
            throw new IllegalArgumentException("mask is empty");
        }
        if (mask.indexOf('@') != mask.lastIndexOf('@')) {
            throw new IllegalArgumentException("mask '" + mask + "' has more than one check position @");
        }
    }

    /** Where the check character is, or empty when the mask has none. */
    public Optional<Integer> checkPosition() {
        int at = mask.indexOf('@');
        return at < 0 ? Optional.empty() : Optional.of(at);
    }

    /** Why the reference does not fit the mask, or empty when it fits. */
    public Optional<String> mismatch(String reference) {
        if (fits(reference)) {
            return Optional.empty();
        }
        if (reference.length() > mask.length()) {
            return Optional.of("is longer than the mask " + mask);
        }
        for (int i = 0; i < reference.length(); i++) {
            if (!fits(mask.charAt(i), reference.charAt(i))) {
                return Optional.of("has character " + (i + 1) + " '" + reference.charAt(i) + "', which does not fit '"
                        + mask.charAt(i) + "' in the mask " + mask);
            }
        }
        return Optional.of("is shorter than the mask " + mask);
    }

    /** Whether the reference fits the mask, checked without putting a mismatch into words. */
    public boolean fits(String reference) {
        if (reference.length() > mask.length()) {
            return false;
        }
        for (int i = 0; i < reference.length(); i++) {
            if (!fits(mask.charAt(i), reference.charAt(i))) {
                return false;
            }
        }
        for (int i = reference.length(); i < mask.length(); i++) {
            if (mask.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(char maskChar, char c) {
        return switch (maskChar) {
            case '#' -> CharacterSet.isDigit(c);
            case '$' -> CharacterSet.isLetter(c);
            case '?', '@' -> CharacterSet.isDigit(c) || CharacterSet.isLetter(c);
            case '*' -> CharacterSet.REFERENCE_TEXT.allows(c);
            default -> Character.toUpperCase(maskChar) == Character.toUpperCase(c);
        };
    }
}
