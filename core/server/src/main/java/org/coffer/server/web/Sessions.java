package org.coffer.server.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.coffer.server.users.Principal;

/**
 * The signed-in sessions, kept in memory: a restart signs everyone out, which is safe. A session ends after
 * {@link #IDLE} without use or {@link #LONGEST} after it began. Session ids are kept only as hashes, so a memory
 * dump does not hand out live sessions.
 */
final class Sessions {

    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LONGEST = Duration.ofHours(12);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byHashedId = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** Starts a session and returns its id, for the cookie. */
    String start(Principal principal) {
        String id = randomToken();
        Instant now = clock.instant();
        byHashedId.put(hash(id), new Session(principal, randomToken(), now, now));
        return id;
    }

    /** The live session with this id, marked as used now; an expired one is removed. */
    Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String key = hash(id);
        Instant now = clock.instant();
        Session session = byHashedId.computeIfPresent(key, (k, s) -> expired(s, now) ? null : s.usedAt(now));
        return Optional.ofNullable(session);
    }

    void end(String id) {
        if (id != null) {
            byHashedId.remove(hash(id));
        }
    }

    String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean expired(Session session, Instant now) {
        return now.isAfter(session.lastUsed().plus(IDLE)) || now.isAfter(session.started().plus(LONGEST));
    }

    private static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
