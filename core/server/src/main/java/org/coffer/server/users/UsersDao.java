package org.coffer.server.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/** The SQL behind {@link Users}: the {@code users} and {@code api_tokens} tables. Times are bound as UTC. */
final class UsersDao {

    /** One stored user, with the fields a login needs. */
    record UserRow(String name, Role role, Set<String> funds, String passwordHash, int failedLogins,
            Optional<Instant> lockedUntil, Instant created, String createdBy) {

        Principal principal() {
            return new Principal(name, role, funds, false);
        }
    }

    private UsersDao() {
    }

    static Optional<UserRow> user(Handle handle, String name) {
        return handle.createQuery("SELECT name, role, funds, password_hash, failed_logins, locked_until, created_at, "
                        + "created_by FROM users WHERE name = :name")
                .bind("name", name).map((rs, ctx) -> userRow(rs)).findOne();
    }

    static List<UserRow> users(Handle handle) {
        return handle.createQuery("SELECT name, role, funds, password_hash, failed_logins, locked_until, created_at, "
                        + "created_by FROM users ORDER BY name")
                .map((rs, ctx) -> userRow(rs)).list();
    }

    static boolean anyUser(Handle handle) {
        return handle.createQuery("SELECT count(*) FROM users").mapTo(Long.class).one() > 0;
    }

    static void insertUser(Handle handle, String name, Role role, Set<String> funds, String hash, Instant at,
            String by) {
        handle.createUpdate("INSERT INTO users (name, role, funds, password_hash, failed_logins, locked_until, "
                        + "created_at, created_by) VALUES (:name, :role, :funds, :hash, 0, NULL, :at, :by)")
                .bind("name", name).bind("role", role.name()).bind("funds", joinFunds(funds)).bind("hash", hash)
                .bind("at", at).bind("by", by).execute();
    }

    /** Records the state of failed logins: a count, and when the account is locked until (or not locked). */
    static void updateFailures(Handle handle, String name, int failedLogins, Optional<Instant> lockedUntil) {
        handle.createUpdate("UPDATE users SET failed_logins = :failed, locked_until = :until WHERE name = :name")
                .bind("failed", failedLogins).bind("until", lockedUntil.orElse(null)).bind("name", name).execute();
    }

    static boolean tokenExists(Handle handle, String name) {
        return handle.createQuery("SELECT count(*) FROM api_tokens WHERE name = :name").bind("name", name)
                .mapTo(Long.class).one() > 0;
    }

    static void insertToken(Handle handle, String name, String secretSha256, Role role, Set<String> funds,
            Instant at, String by) {
        handle.createUpdate("INSERT INTO api_tokens (name, secret_sha256, role, funds, created_at, created_by, "
                        + "revoked_at) VALUES (:name, :sha, :role, :funds, :at, :by, NULL)")
                .bind("name", name).bind("sha", secretSha256).bind("role", role.name())
                .bind("funds", joinFunds(funds)).bind("at", at).bind("by", by).execute();
    }

    /** Revokes a valid token; false when there is no valid token of that name. */
    static boolean revokeToken(Handle handle, String name, Instant at) {
        return handle.createUpdate("UPDATE api_tokens SET revoked_at = :at WHERE name = :name AND revoked_at IS NULL")
                .bind("at", at).bind("name", name).execute() == 1;
    }

    static Optional<Principal> validToken(Handle handle, String secretSha256) {
        return handle.createQuery("SELECT name, role, funds FROM api_tokens "
                        + "WHERE secret_sha256 = :sha AND revoked_at IS NULL")
                .bind("sha", secretSha256)
                .map((rs, ctx) -> new Principal(rs.getString(1), Role.valueOf(rs.getString(2)),
                        splitFunds(rs.getString(3)), true))
                .findOne();
    }

    static List<TokenSummary> tokens(Handle handle) {
        return handle.createQuery("SELECT name, role, funds, created_at, created_by, revoked_at FROM api_tokens "
                        + "ORDER BY name")
                .map((rs, ctx) -> new TokenSummary(rs.getString(1), Role.valueOf(rs.getString(2)),
                        splitFunds(rs.getString(3)), instant(rs, 4).orElseThrow(), rs.getString(5), instant(rs, 6)))
                .list();
    }

    static String joinFunds(Set<String> funds) {
        return String.join(",", new TreeSet<>(funds));
    }

    static Set<String> splitFunds(String text) {
        return text == null || text.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(text.split(",")));
    }

    private static UserRow userRow(ResultSet rs) throws SQLException {
        return new UserRow(rs.getString(1), Role.valueOf(rs.getString(2)), splitFunds(rs.getString(3)),
                rs.getString(4), rs.getInt(5), instant(rs, 6), instant(rs, 7).orElseThrow(), rs.getString(8));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDateTime.class)).map(t -> t.toInstant(ZoneOffset.UTC));
    }
}
