package org.coffer.server.config;

import java.util.Optional;

/**
 * A way of checking a reference's check character, named by a council's reference rules. The council describes its
 * own schemes as data in {@code check-digit-schemes.csv} ({@link ComputedCheckDigitScheme}); plugins may add others
 * ({@link PluginCheckDigitScheme}).
 */
public interface CheckDigitScheme {

    /** The name the council's reference rules use for the scheme. */
    String id();

    /**
     * Why the reference's check character is wrong, in words that follow "the reference ...", or empty when it is
     * right.
     *
     * @param checkPosition where the rule expects the check character: its mask's {@code @}, else the last character
     */
    Optional<String> failure(String reference, int checkPosition);

    default boolean accepts(String reference, int checkPosition) {
        return failure(reference, checkPosition).isEmpty();
    }
}
