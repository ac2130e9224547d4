package org.coffer.server.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.coffer.plugin.api.ErrorCategory;
import org.coffer.server.CofferException;
import org.coffer.server.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {

    @TempDir
    Path dir;

    private final TestingClock clock = new TestingClock(Instant.parse("2025-07-01T08:00:00Z"), ZoneId.of("UTC"));
    private Database database;
    private Users users;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("coffer.duckdb"));
        users = new Users(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anIssuedTokenAuthenticatesAsItsRoleAndFunds() {
        IssuedToken issued = users.issueToken("ann", "Scheduler", Role.INCOME_OFFICER, Set.of("CTAX"));

        assertThat(issued.name()).isEqualTo("scheduler");
        assertThat(issued.secret()).matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(users.authenticateToken(issued.secret()))
                .contains(new Principal("scheduler", Role.INCOME_OFFICER, Set.of("CTAX"), true));
        assertThat(users.authenticateToken(issued.secret()).orElseThrow().actor()).isEqualTo("token:scheduler");
        assertThat(users.authenticateToken(issued.secret() + "x")).isEmpty();
        assertThat(users.authenticateToken("")).isEmpty();
    }

    @Test
    void eachTokenHasItsOwnSecret() {
        IssuedToken first = users.issueToken("ann", "first", Role.VIEWER, Set.of());
        IssuedToken second = users.issueToken("ann", "second", Role.VIEWER, Set.of());

        assertThat(first.secret()).isNotEqualTo(second.secret());
        assertThat(users.authenticateToken(second.secret()).orElseThrow().name()).isEqualTo("second");
    }

    @Test
    void theSecretIsStoredOnlyAsItsHashAndNeverAudited() {
        IssuedToken issued = users.issueToken("ann", "scheduler", Role.VIEWER, Set.of());

        List<String> everything = database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT concat_ws('|', name, secret_sha256, role, funds, created_by) FROM api_tokens
                        UNION ALL
                        SELECT concat_ws('|', actor, action, subject, before, after) FROM audit_log""")
                .mapTo(String.class).list());
        assertThat(everything).hasSize(2).noneMatch(row -> row.contains(issued.secret()));
        assertThat(everything).anySatisfy(row -> assertThat(row).contains(Users.sha256(issued.secret())));
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        IssuedToken issued = users.issueToken("ann", "scheduler", Role.VIEWER, Set.of());

        users.revokeToken("ann", "scheduler");

        assertThat(users.authenticateToken(issued.secret())).isEmpty();
        assertThat(users.tokens()).singleElement()
                .satisfies(token -> assertThat(token.revoked()).contains(clock.instant()));
        assertThatThrownBy(() -> users.revokeToken("ann", "scheduler"))
                .hasMessage("there is no valid token named 'scheduler'; `coffer tokens list` shows them");
        assertThatThrownBy(() -> users.issueToken("ann", "scheduler", Role.VIEWER, Set.of()))
                .hasMessageStartingWith("there is already a token named scheduler");
    }

    @Test
    void revokingAnUnknownTokenIsTheUsersMistake() {
        assertThatThrownBy(() -> users.revokeToken("ann", "nothing"))
                .isInstanceOfSatisfying(CofferException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.USER);
                    assertThat(e.code()).isEqualTo(UsersErrorCode.USERS_UNKNOWN_TOKEN);
                });
    }
}
