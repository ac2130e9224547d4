package org.coffer.plugin.api;

import static java.util.Objects.requireNonNull;

/**
 * Something wrong in a file, as data: which file, where in it, which field, a stable code and a message that
 * says what was found and what was expected. The person importing the file sees every problem, not just the first.
 */
public record Problem(String file, Location location, String field, ErrorCode code, String message) {

    public Problem {
        requireNonNull(file, "file is null");
        requireNonNull(location, "location is null");
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
        field = field == null ? "" : field;
    }

    /** {@code bunq.sta, line 12, field :61: amount: '12.3x' is not an amount [MT940_BAD_AMOUNT]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (!location.isWholeFile()) {
            text.append(", ").append(location);
        }
        if (!field.isEmpty()) {
            text.append(", field ").append(field);
        }
        return text.append(": ").append(message).append(" [").append(code.name()).append(']').toString();
    }
}
