package org.coffer.plugin.api;

/** Who can put an error right, which decides how the application reports it. */
public enum ErrorCategory {
    /** The person asked for something that cannot be done: a wrong option, an unknown id, a duplicate. */
    USER,
    /** A file or value does not hold what its format promises. */
    DATA,
    /** Something outside Coffer failed: a disk, a network peer, another system. */
    EXTERNAL,
    /** A fault in Coffer or a plugin. */
    INTERNAL
}
