package org.coffer.plugin.api.format;

import java.util.Optional;
import java.util.Set;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.ProblemException;

/**
 * A council's layout file as the application read it: named settings with text values. Owned by the application; a
 * plugin never reads the council's files itself.
 */
public interface LayoutSettings {

    /** The layout file's name, for messages, such as {@code layouts/fernley-bank.layout}. */
    String source();

    /** Every setting the file gives, so a family can refuse one it does not know. */
    Set<String> names();

    /** A setting's value as written, trimmed; empty when the file does not give it. */
    Optional<String> value(String name);

    /** Where in the file a setting is written, or the whole file when it is not written there. */
    Location location(String name);

    /** A setting the format cannot do without. */
    default String required(String name, ErrorCode code) {
        return value(name).filter(value -> !value.isEmpty())
                .orElseThrow(() -> new ProblemException(problem(name, code, "the layout has no '" + name + "' setting")));
    }

    /** A problem with one setting of the layout, ready to throw. */
    default Problem problem(String name, ErrorCode code, String message) {
        return new Problem(source(), location(name), name, code, message);
    }
}
