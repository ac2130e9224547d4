package org.coffer.server.users;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.coffer.server.CofferException;
import org.coffer.server.audit.AuditLog;
import org.coffer.server.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * People and machines that may use Coffer: users with hashed passwords and a lock-out after repeated failures, and
 * API tokens kept only as hashes. Every change and every login attempt is audited in the same transaction as the
 * change it records.
 */
public final class Users {

    public static final int LOCKOUT_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** The same words for an unknown user and a wrong password, so that a refusal reveals neither. */
    public static final String WRONG_NAME_OR_PASSWORD = "The user name or password is not right.";

    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{2,64}");
    private static final Pattern FUND = Pattern.compile("[A-Z0-9_-]{1,32}");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final int TOKEN_BYTES = 32;
    /**
     * Checked against when the user is unknown, so that the answer takes as long as for a known user. Any hash with
     * the current cost serves; whatever it matches, an unknown user is refused.
     */
    private static final String DUMMY_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$iKp73i2RqaHq4+PG9Zb2Lw$zPi/qE2RhiDy7blcr9YL9U17rAVZy3sU+XcYF0cY6WU";

    private final Database database;
    private final Clock clock;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    private final Argon2Passwords passwords = new Argon2Passwords(random);
    private final PasswordPolicy policy = new PasswordPolicy();
    private final ObjectMapper json = new ObjectMapper();

    public Users(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.audit = new AuditLog(clock);
    }

    public PasswordPolicy policy() {
        return policy;
    }

    /** Adds a user, refusing a bad or taken name and a weak password with every reason at once. */
    public Principal add(String actor, String name, Role role, Set<String> funds, char[] password) {
        requireNonNull(actor, "actor is null");
        requireNonNull(role, "role is null");
        requireNonNull(password, "password is null");
        String key = userName(name);
        Set<String> fundCodes = fundCodes(funds);
        List<String> problems = policy.problems(key, password);
        if (!problems.isEmpty()) {
            throw new CofferException(UsersErrorCode.USERS_WEAK_PASSWORD, "the password for " + key
                    + " is refused:", problems, null);
        }
        String hash = passwords.hash(password);
        Instant now = now();
        database.writeWith(handle -> {
            if (UsersDao.user(handle, key).isPresent()) {
                throw new CofferException(UsersErrorCode.USERS_DUPLICATE_NAME, "there is already a user named " + key);
            }
            UsersDao.insertUser(handle, key, role, fundCodes, hash, now, actor);
            audit.append(handle, actor, "user.added", "user " + key, null, json(describe(key, role, fundCodes)));
        });
        return new Principal(key, role, fundCodes, false);
    }

    /**
     * Checks a name and password. Five failures in a row lock the account for {@link #LOCKOUT}, during which even
     * the right password is refused; a success clears the count.
     */
    public LoginResult login(String name, char[] password) {
        requireNonNull(password, "password is null");
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        String actor = key.isEmpty() ? "(no name)" : key.substring(0, Math.min(key.length(), 64));
        Optional<UsersDao.UserRow> found = NAME.matcher(key).matches()
                ? database.jdbi().withHandle(handle -> UsersDao.user(handle, key))
                : Optional.empty();
        boolean matches = passwords.matches(password, found.map(UsersDao.UserRow::passwordHash).orElse(DUMMY_HASH));
        Instant now = now();
        return database.write(handle -> {
            Optional<UsersDao.UserRow> user = found.isPresent() ? UsersDao.user(handle, key) : Optional.empty();
            if (user.isEmpty()) {
                audit.append(handle, actor, "login.failed", "user " + actor, null,
                        json(Map.of("reason", "unknown user")));
                return new LoginResult.Refused(WRONG_NAME_OR_PASSWORD);
            }
            UsersDao.UserRow row = user.get();
            Optional<Instant> lockedUntil = row.lockedUntil().filter(now::isBefore);
            if (lockedUntil.isPresent()) {
                audit.append(handle, actor, "login.failed", "user " + key, null,
                        json(Map.of("reason", "locked", "lockedUntil", lockedUntil.get().toString())));
                return new LoginResult.Refused(lockedMessage(lockedUntil.get()));
            }
            if (matches) {
                UsersDao.updateFailures(handle, key, 0, Optional.empty());
                audit.append(handle, actor, "login.succeeded", "user " + key, null, null);
                return new LoginResult.Success(row.principal());
            }
            return failed(handle, row, now);
        });
    }

    private LoginResult failed(Handle handle, UsersDao.UserRow row, Instant now) {
        String subject = "user " + row.name();
        int failures = row.lockedUntil().isPresent() ? 1 : row.failedLogins() + 1;
        audit.append(handle, row.name(), "login.failed", subject, null,
                json(Map.of("reason", "wrong password", "failedLogins", failures)));
        if (failures < LOCKOUT_FAILURES) {
            UsersDao.updateFailures(handle, row.name(), failures, Optional.empty());
            return new LoginResult.Refused(WRONG_NAME_OR_PASSWORD);
        }
        Instant until = now.plus(LOCKOUT);
        UsersDao.updateFailures(handle, row.name(), 0, Optional.of(until));
        audit.append(handle, row.name(), "login.locked", subject, null,
                json(Map.of("failedLogins", failures, "lockedUntil", until.toString())));
        return new LoginResult.Refused(lockedMessage(until));
    }

    private String lockedMessage(Instant until) {
        return "This account is locked until " + HOURS_MINUTES.format(until.atZone(clock.getZone())) + " after "
                + LOCKOUT_FAILURES + " failed logins in a row; try again then, or ask an administrator.";
    }

    /** The principal a user name stands for now, for example to refresh a session; empty if there is no such user. */
    public Optional<Principal> principal(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return database.jdbi().withHandle(handle -> UsersDao.user(handle, key)).map(UsersDao.UserRow::principal);
    }

    public List<UserSummary> list() {
        Instant now = now();
        return database.jdbi().withHandle(UsersDao::users).stream()
                .map(row -> new UserSummary(row.name(), row.role(), row.funds(),
                        row.lockedUntil().filter(now::isBefore), row.created(), row.createdBy()))
                .toList();
    }

    public boolean isEmpty() {
        return !database.jdbi().withHandle(UsersDao::anyUser);
    }

    /** Issues an API token; its secret is in the answer and nowhere else. */
    public IssuedToken issueToken(String actor, String name, Role role, Set<String> funds) {
        requireNonNull(actor, "actor is null");
        requireNonNull(role, "role is null");
        String key = userName(name);
        Set<String> fundCodes = fundCodes(funds);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = now();
        database.writeWith(handle -> {
            if (UsersDao.tokenExists(handle, key)) {
                throw new CofferException(UsersErrorCode.USERS_DUPLICATE_NAME, "there is already a token named " + key
                        + " (revoked tokens keep their names, so that the audit log stays unambiguous)");
            }
            UsersDao.insertToken(handle, key, sha256(secret), role, fundCodes, now, actor);
            audit.append(handle, actor, "token.issued", "token " + key, null, json(describe(key, role, fundCodes)));
        });
        return new IssuedToken(key, secret);
    }

    public void revokeToken(String actor, String name) {
        requireNonNull(actor, "actor is null");
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        Instant now = now();
        database.writeWith(handle -> {
            if (!UsersDao.revokeToken(handle, key, now)) {
                throw new CofferException(UsersErrorCode.USERS_UNKNOWN_TOKEN, "there is no valid token named '" + name
                        + "'; `coffer tokens list` shows them");
            }
            audit.append(handle, actor, "token.revoked", "token " + key, null,
                    json(Map.of("revokedAt", now.toString())));
        });
    }

    /** The principal a token secret stands for; empty when the secret is unknown or its token revoked. */
    public Optional<Principal> authenticateToken(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        String hash = sha256(secret.strip());
        return database.jdbi().withHandle(handle -> UsersDao.validToken(handle, hash));
    }

    public List<TokenSummary> tokens() {
        return database.jdbi().withHandle(UsersDao::tokens);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String userName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(key).matches()) {
            throw new CofferException(UsersErrorCode.USERS_BAD_NAME, "'" + name + "' is not a usable name: use 2 to "
                    + "64 letters, digits, dots, hyphens or underscores");
        }
        return key;
    }

    private static Set<String> fundCodes(Set<String> funds) {
        Set<String> codes = new TreeSet<>();
        for (String fund : funds == null ? Set.<String>of() : funds) {
            String code = fund.strip().toUpperCase(Locale.ROOT);
            if (!FUND.matcher(code).matches()) {
                throw new CofferException(UsersErrorCode.USERS_BAD_FUND, "'" + fund + "' is not a fund code");
            }
            codes.add(code);
        }
        return Set.copyOf(codes);
    }

    private static Map<String, Object> describe(String name, Role role, Set<String> funds) {
        return Map.of("name", name, "role", role.name(), "funds", List.copyOf(new TreeSet<>(funds)));
    }

    /** Audit details as JSON with sorted keys, so that the same facts always read the same. */
    private String json(Map<String, ?> fields) {
        try {
            return json.writeValueAsString(new TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit details as JSON", e);
        }
    }

    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

}
