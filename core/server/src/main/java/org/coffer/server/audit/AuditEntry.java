package org.coffer.server.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** One row of the audit log as stored; {@code before} and {@code after} are short JSON texts or {@code null}. */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String before,
        String after, String prevHash, String hash) {

    public AuditEntry {
        requireNonNull(at, "at is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(action, "action is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(prevHash, "prevHash is null");
        requireNonNull(hash, "hash is null");
    }

    /** The hash these contents should have, linked to {@code prevHash}. */
    String recomputedHash() {
        return AuditLog.hash(seq, at, actor, action, subject, before, after, prevHash);
    }
}
