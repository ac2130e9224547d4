package org.coffer.server.config;

/**
 * A way of computing a reference's check character from its other characters, as a council's back-office system
 * issues them. Schemes are data: a council describes its own in {@code check-digit-schemes.csv}.
 */
public interface CheckDigitScheme {

    /** The name the council's reference rules use for the scheme. */
    String id();

    /**
     * The check character the scheme expects at {@code checkPosition}, computed from the rest of the reference;
     * more than one character (such as {@code 10}) when the result has no substitution, which no reference can carry.
     */
    String expectedCheck(String reference, int checkPosition);

    default boolean accepts(String reference, int checkPosition) {
        return checkPosition < reference.length()
                && expectedCheck(reference, checkPosition).equals(String.valueOf(reference.charAt(checkPosition)));
    }
}
