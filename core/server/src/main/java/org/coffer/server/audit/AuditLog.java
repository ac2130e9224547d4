package org.coffer.server.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jdbi.v3.core.Handle;

/**
 * The append-only audit log. Each entry's hash covers its own fields and the hash before it, so an edited or
 * removed row breaks the chain. Entries are written inside the caller's transaction, so an action and its audit
 * entry land together or not at all.
 */
public final class AuditLog {

    static final String GENESIS = "0".repeat(64);

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Appends one entry; {@code before} and {@code after} are short JSON texts or {@code null}. */
    public void append(Handle handle, String actor, String action, String subject, String before, String after) {
        record Last(long seq, String hash) {
        }
        var last = handle.createQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                .map((rs, ctx) -> new Last(rs.getLong(1), rs.getString(2))).findOne();
        long seq = last.map(entry -> entry.seq() + 1).orElse(1L);
        String previous = last.map(Last::hash).orElse(GENESIS);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(seq, at, actor, action, subject, before, after, previous);
        handle.createUpdate("INSERT INTO audit_log (seq, logged_at, actor, action, subject, before, after, "
                        + "prev_hash, hash) VALUES (:seq, :loggedAt, :actor, :action, :subject, :before, :after, :prev, :hash)")
                .bind("seq", seq).bind("loggedAt", at).bind("actor", actor).bind("action", action)
                .bind("subject", subject).bind("before", before).bind("after", after)
                .bind("prev", previous).bind("hash", hash)
                .execute();
    }

    /** A missing value hashes unlike any text, so that {@code null} and {@code "null"} differ. */
    private static String orAbsent(String value) {
        return value == null ? "\u0000" : value;
    }

    static String hash(long seq, Instant at, String actor, String action, String subject, String before,
            String after, String previous) {
        String text = String.join("\u001F", Long.toString(seq), at.toString(), actor, action, subject,
                orAbsent(before), orAbsent(after), previous);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
