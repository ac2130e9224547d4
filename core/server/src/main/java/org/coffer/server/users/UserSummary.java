package org.coffer.server.users;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A user as an administrator sees one: never the password hash. */
public record UserSummary(String name, Role role, Set<String> funds, Optional<Instant> lockedUntil, Instant created,
        String createdBy) {

    public UserSummary {
        requireNonNull(name, "name is null");
        requireNonNull(role, "role is null");
        funds = Set.copyOf(requireNonNull(funds, "funds is null"));
        requireNonNull(lockedUntil, "lockedUntil is null");
        requireNonNull(created, "created is null");
        requireNonNull(createdBy, "createdBy is null");
    }
}
