package org.coffer.server.audit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which audit entries to show: one actor (empty for all), actions starting with a prefix (empty for all), days
 * from and to (both inclusive, as days in {@code zone}), and at most {@code limit} entries, newest first.
 */
public record AuditFilter(String actor, String actionPrefix, Optional<LocalDate> from, Optional<LocalDate> to,
        ZoneId zone, int limit) {

    public static final int DEFAULT_LIMIT = 200;
    public static final int MAXIMUM_LIMIT = 100_000;

    public AuditFilter {
        actor = requireNonNull(actor, "actor is null").strip();
        actionPrefix = requireNonNull(actionPrefix, "actionPrefix is null").strip();
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(zone, "zone is null");
        if (limit < 1 || limit > MAXIMUM_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAXIMUM_LIMIT + ", was " + limit);
        }
    }

    /** Everything, newest {@value #DEFAULT_LIMIT} entries first, days read in {@code zone}. */
    public static AuditFilter newest(ZoneId zone) {
        return new AuditFilter("", "", Optional.empty(), Optional.empty(), zone, DEFAULT_LIMIT);
    }

    public AuditFilter withActor(String value) {
        return new AuditFilter(value, actionPrefix, from, to, zone, limit);
    }

    public AuditFilter withActionPrefix(String value) {
        return new AuditFilter(actor, value, from, to, zone, limit);
    }

    public AuditFilter withFrom(LocalDate value) {
        return new AuditFilter(actor, actionPrefix, Optional.ofNullable(value), to, zone, limit);
    }

    public AuditFilter withTo(LocalDate value) {
        return new AuditFilter(actor, actionPrefix, from, Optional.ofNullable(value), zone, limit);
    }

    public AuditFilter withLimit(int value) {
        return new AuditFilter(actor, actionPrefix, from, to, zone, value);
    }
}
