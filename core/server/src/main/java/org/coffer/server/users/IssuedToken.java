package org.coffer.server.users;

import static java.util.Objects.requireNonNull;

/** A newly issued API token. The secret exists only here: the database keeps its SHA-256. */
public record IssuedToken(String name, String secret) {

    public IssuedToken {
        requireNonNull(name, "name is null");
        requireNonNull(secret, "secret is null");
    }

    @Override
    public String toString() {
        return "IssuedToken[name=" + name + ", secret=****]";
    }
}
