package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One format a fund's references take. A fund may have several, so that old and new formats both pass after a
 * system migration. The checks run in the order an officer reads them: length, characters, pattern, mask, check
 * character.
 *
 * @param name the rule's name, which messages quote
 * @param minLength the shortest reference allowed
 * @param maxLength the longest reference allowed
 * @param characters the characters allowed
 * @param pattern a regular expression the whole reference must match, if any
 * @param mask an input mask the reference must fit, if any
 * @param scheme the check-digit scheme of the check character: the mask's {@code @}, else the last character
 */
public record ReferenceRule(String name, int minLength, int maxLength, CharacterSet characters,
        Optional<Pattern> pattern, Optional<InputMask> mask, Optional<CheckDigitScheme> scheme) {

    public ReferenceRule {
        requireNonNull(name, "name is null");
        requireNonNull(characters, "characters is null");
        requireNonNull(pattern, "pattern is null");
        requireNonNull(mask, "mask is null");
        requireNonNull(scheme, "scheme is null");
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("length must be from 1 up, with the shortest first; was " + minLength
                    + "-" + maxLength);
        }
    }

    /** Why the reference breaks this rule, in words that follow "the reference ...", or empty when it keeps it. */
    public Optional<String> failure(String reference) {
        if (accepts(reference)) {
            return Optional.empty();
        }
        int length = reference.length();
        if (length < minLength || length > maxLength) {
            String wanted = minLength == maxLength ? Integer.toString(minLength) : minLength + " to " + maxLength;
            return Optional.of("has " + length + " characters, not " + wanted);
        }
        for (int i = 0; i < length; i++) {
            if (!characters.allows(reference.charAt(i))) {
                return Optional.of("has '" + reference.charAt(i) + "', where only " + characters.description
                        + " are allowed");
            }
        }
        if (pattern.isPresent() && !pattern.get().matcher(reference).matches()) {
            return Optional.of("does not match the pattern " + pattern.get().pattern());
        }
        return mask.flatMap(m -> m.mismatch(reference)).or(() -> scheme.flatMap(s -> checkFailure(s, reference)));
    }

    /**
     * Whether the reference keeps this rule: the same checks as {@link #failure}, without putting any failure into
     * words, because it runs for every candidate of every line imported and most candidates fail.
     */
    public boolean accepts(String reference) {
        int length = reference.length();
        if (length < minLength || length > maxLength) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!characters.allows(reference.charAt(i))) {
                return false;
            }
        }
        if (pattern.isPresent() && !pattern.get().matcher(reference).matches()) {
            return false;
        }
        if (mask.isPresent() && !mask.get().fits(reference)) {
            return false;
        }
        return scheme.isEmpty() || scheme.get().accepts(reference, checkPosition(reference));
    }

    private Optional<String> checkFailure(CheckDigitScheme checkScheme, String reference) {
        return checkScheme.failure(reference, checkPosition(reference));
    }

    private int checkPosition(String reference) {
        return mask.flatMap(InputMask::checkPosition).orElse(reference.length() - 1);
    }
}
