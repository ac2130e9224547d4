package org.coffer.server.users;

import static java.util.Objects.requireNonNull;

/** The outcome of a login: the principal signed in, or a message to show the person instead. */
public sealed interface LoginResult {

    record Success(Principal principal) implements LoginResult {
        public Success {
            requireNonNull(principal, "principal is null");
        }
    }

    record Refused(String message) implements LoginResult {
        public Refused {
            requireNonNull(message, "message is null");
        }
    }
}
