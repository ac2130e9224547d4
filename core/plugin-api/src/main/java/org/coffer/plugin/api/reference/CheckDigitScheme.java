package org.coffer.plugin.api.reference;

import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * A way of checking a reference's check character that a council cannot describe as a weighted sum or the Luhn-style
 * library scheme in its {@code check-digit-schemes.csv}: a supplier's own algorithm, say, or one built on tables. A
 * council's {@code reference-rules.csv} names the scheme by its {@link #id()}, beside the council's own schemes.
 *
 * <p>Implementations are stateless, safe to use from several threads at once, and fast: Coffer checks every candidate
 * reference of every payment it imports.
 */
public interface CheckDigitScheme extends ExtensionPoint {

    /**
     * The name a council's reference rules use for the scheme, such as {@code VERHOEFF}: 1 to 40 letters, digits,
     * {@code -} or {@code _}, unique among the schemes of the loaded plugins, and never changed once released.
     */
    String id();

    /** What the scheme is, in a sentence an administrator reads when choosing it. */
    String description();

    /**
     * Why the reference's check character is wrong, in words that follow "the reference" (such as
     * {@code has check digit 4, where VERHOEFF expects 7}), or empty when it is right. The reference is the whole
     * clean reference, in capitals without spaces, that has already kept the rule's length, characters, pattern and
     * mask; the scheme itself knows where its check character is. It must not throw, whatever the reference holds.
     */
    Optional<String> check(String reference);

    /** Whether the reference's check character is right. */
    default boolean accepts(String reference) {
        return check(reference).isEmpty();
    }
}
