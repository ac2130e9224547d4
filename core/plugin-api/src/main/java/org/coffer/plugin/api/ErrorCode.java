package org.coffer.plugin.api;

/**
 * A stable, documented error code. Each plugin defines one enum of them, prefixed with its format, for example
 * {@code MT940_BAD_AMOUNT}; codes are stored with refused imports, so they never change once released.
 */
public interface ErrorCode {

    /** The code itself, in upper snake case. Enums supply it. */
    String name();

    ErrorCategory category();
}
