package org.coffer.server.users;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** An API token as an administrator sees one: never its secret or hash. */
public record TokenSummary(String name, Role role, Set<String> funds, Instant created, String createdBy,
        Optional<Instant> revoked) {

    public TokenSummary {
        requireNonNull(name, "name is null");
        requireNonNull(role, "role is null");
        funds = Set.copyOf(requireNonNull(funds, "funds is null"));
        requireNonNull(created, "created is null");
        requireNonNull(createdBy, "createdBy is null");
        requireNonNull(revoked, "revoked is null");
    }
}
