package org.coffer.server.config;

import java.util.Optional;

/** A scheme that computes the check character a reference should carry from the reference's other characters. */
public interface ComputedCheckDigitScheme extends CheckDigitScheme {

    /**
     * The check character the scheme expects at {@code checkPosition}, computed from the rest of the reference;
     * more than one character (such as {@code 10}) when the result has no substitution, which no reference can carry.
     */
    String expectedCheck(String reference, int checkPosition);

    @Override
    default Optional<String> failure(String reference, int checkPosition) {
        if (checkPosition >= reference.length()) {
            return Optional.of("has no character at position " + (checkPosition + 1) + " for check-digit scheme "
                    + id() + " to check");
        }
        String expected = expectedCheck(reference, checkPosition);
        char actual = reference.charAt(checkPosition);
        if (expected.equals(String.valueOf(actual))) {
            return Optional.empty();
        }
        String unusable = expected.length() == 1 ? "" : ", which no reference can carry";
        return Optional.of("has check character '" + actual + "' at position " + (checkPosition + 1)
                + ", where check-digit scheme " + id() + " expects " + expected + unusable);
    }
}
