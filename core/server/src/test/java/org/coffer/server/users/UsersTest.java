package org.coffer.server.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.coffer.server.CofferException;
import org.coffer.server.audit.AuditEntry;
import org.coffer.server.audit.AuditFilter;
import org.coffer.server.audit.AuditQueries;
import org.coffer.server.audit.AuditVerifier;
import org.coffer.server.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String PASSWORD = "Tulip lantern orbit quietly";

    @TempDir
    Path dir;

    private final TestingClock clock = new TestingClock(Instant.parse("2025-07-01T08:00:00Z"), LONDON);
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
    void anAddedUserLogsInWithTheirPassword() {
        assertThat(users.isEmpty()).isTrue();

        Principal added = users.add("cli:root", "Ann.Smith", Role.INCOME_OFFICER, Set.of("ctax", "NNDR"),
                PASSWORD.toCharArray());

        assertThat(added).isEqualTo(new Principal("ann.smith", Role.INCOME_OFFICER, Set.of("CTAX", "NNDR"), false));
        assertThat(users.isEmpty()).isFalse();
        assertThat(users.login("ann.smith", PASSWORD.toCharArray())).isEqualTo(new LoginResult.Success(added));
        assertThat(users.login(" ANN.SMITH ", PASSWORD.toCharArray())).isEqualTo(new LoginResult.Success(added));
        assertThat(users.list()).singleElement().satisfies(user -> {
            assertThat(user.name()).isEqualTo("ann.smith");
            assertThat(user.funds()).containsExactlyInAnyOrder("CTAX", "NNDR");
            assertThat(user.lockedUntil()).isEmpty();
            assertThat(user.created()).isEqualTo(clock.instant());
            assertThat(user.createdBy()).isEqualTo("cli:root");
        });
    }

    @Test
    void thePasswordIsStoredOnlyAsAnArgon2idHash() {
        users.add("cli:root", "ann", Role.VIEWER, Set.of(), PASSWORD.toCharArray());

        String stored = database.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM users")
                .mapTo(String.class).one());
        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        assertThat(audit()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.added");
            assertThat(entry.actor()).isEqualTo("cli:root");
            assertThat(entry.subject()).isEqualTo("user ann");
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).isEqualTo("{\"funds\":[],\"name\":\"ann\",\"role\":\"VIEWER\"}");
        });
    }

    @Test
    void aBadNameADuplicateAndAWeakPasswordAreRefused() {
        users.add("cli:root", "ann", Role.VIEWER, Set.of(), PASSWORD.toCharArray());

        assertThatThrownBy(() -> users.add("cli:root", "ANN", Role.VIEWER, Set.of(), "Another good passphrase here"
                .toCharArray())).hasMessage("there is already a user named ann");
        assertThatThrownBy(() -> users.add("cli:root", "a b", Role.VIEWER, Set.of(), PASSWORD.toCharArray()))
                .hasMessageStartingWith("'a b' is not a usable name");
        assertThatThrownBy(() -> users.add("cli:root", "bob", Role.VIEWER, Set.of(), "bob12345".toCharArray()))
                .isInstanceOfSatisfying(CofferException.class, e -> assertThat(e.details()).contains(
                        "The password must be at least 12 characters long.",
                        "The password must not contain the user name."))
                .hasMessage("the password for bob is refused:");
        assertThat(users.list()).extracting(UserSummary::name).containsExactly("ann");
    }

    @Test
    void anUnknownUserIsRefusedInTheSameWordsAsAWrongPassword() {
        users.add("cli:root", "ann", Role.VIEWER, Set.of(), PASSWORD.toCharArray());

        LoginResult wrong = users.login("ann", "not the password at all".toCharArray());
        LoginResult unknown = users.login("nobody", PASSWORD.toCharArray());

        assertThat(wrong).isEqualTo(new LoginResult.Refused(Users.WRONG_NAME_OR_PASSWORD));
        assertThat(unknown).isEqualTo(wrong);
        assertThat(audit()).extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::after).startsWith(
                org.assertj.core.groups.Tuple.tuple("login.failed", "user nobody", "{\"reason\":\"unknown user\"}"),
                org.assertj.core.groups.Tuple.tuple("login.failed", "user ann",
                        "{\"failedLogins\":1,\"reason\":\"wrong password\"}"));
    }

    @Test
    void aSuccessClearsTheCountOfFailures() {
        users.add("cli:root", "ann", Role.VIEWER, Set.of(), PASSWORD.toCharArray());
        for (int i = 0; i < Users.LOCKOUT_FAILURES - 1; i++) {
            users.login("ann", "wrong".toCharArray());
        }
        assertThat(users.login("ann", PASSWORD.toCharArray())).isInstanceOf(LoginResult.Success.class);

        for (int i = 0; i < Users.LOCKOUT_FAILURES - 1; i++) {
            assertThat(users.login("ann", "wrong".toCharArray()))
                    .isEqualTo(new LoginResult.Refused(Users.WRONG_NAME_OR_PASSWORD));
        }
        assertThat(users.login("ann", PASSWORD.toCharArray())).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void fiveFailuresLockTheAccountForItsPeriodEvenAgainstTheRightPassword() {
        users.add("cli:root", "ann", Role.VIEWER, Set.of(), PASSWORD.toCharArray());
        for (int i = 0; i < Users.LOCKOUT_FAILURES - 1; i++) {
            users.login("ann", "wrong".toCharArray());
        }

        // 08:00 UTC is 09:00 in London in July: the message speaks the clock's time.
        String locked = "This account is locked until 09:15 after 5 failed logins in a row; try again then, "
                + "or ask an administrator.";
        assertThat(users.login("ann", "wrong".toCharArray())).isEqualTo(new LoginResult.Refused(locked));
        assertThat(users.login("ann", PASSWORD.toCharArray())).isEqualTo(new LoginResult.Refused(locked));
        assertThat(users.list().get(0).lockedUntil()).contains(Instant.parse("2025-07-01T08:15:00Z"));

        clock.advance(Users.LOCKOUT.minusSeconds(1));
        assertThat(users.login("ann", PASSWORD.toCharArray())).isEqualTo(new LoginResult.Refused(locked));

        clock.advance(Duration.ofSeconds(1));
        assertThat(users.list().get(0).lockedUntil()).isEmpty();
        assertThat(users.login("ann", PASSWORD.toCharArray())).isInstanceOf(LoginResult.Success.class);
        assertThat(audit()).extracting(AuditEntry::action).containsExactly("login.succeeded", "login.failed",
                "login.failed", "login.locked", "login.failed", "login.failed", "login.failed", "login.failed",
                "login.failed", "user.added");
    }

    @Test
    void afterALockExpiresFailuresAreCountedAfresh() {
        users.add("cli:root", "ann", Role.VIEWER, Set.of(), PASSWORD.toCharArray());
        for (int i = 0; i < Users.LOCKOUT_FAILURES; i++) {
            users.login("ann", "wrong".toCharArray());
        }
        clock.advance(Users.LOCKOUT);

        assertThat(users.login("ann", "wrong".toCharArray()))
                .isEqualTo(new LoginResult.Refused(Users.WRONG_NAME_OR_PASSWORD));
        assertThat(users.login("ann", PASSWORD.toCharArray())).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void everyActionLeavesAnIntactAuditChain() {
        users.add("cli:root", "ann", Role.ADMINISTRATOR, Set.of(), PASSWORD.toCharArray());
        users.login("ann", PASSWORD.toCharArray());
        users.login("ann", "wrong".toCharArray());
        users.issueToken("ann", "scheduler", Role.INCOME_OFFICER, Set.of());
        users.revokeToken("ann", "scheduler");

        assertThat(audit()).extracting(AuditEntry::action).containsExactly("token.revoked", "token.issued",
                "login.failed", "login.succeeded", "user.added");
        AuditVerifier.Result result = database.jdbi().withHandle(AuditVerifier::verify);
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
    }

    private List<AuditEntry> audit() {
        return new AuditQueries(database).find(AuditFilter.newest(LONDON));
    }
}
