package org.coffer.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.coffer.server.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users, tokens and audit commands, run as {@code coffer ...} in a folder of their own. */
class UsersCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;

    @BeforeEach
    void redirect() throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("plugins"));
        System.setProperty("coffer.workdir", dir.toString());
        System.setProperty("coffer.home", dir.toString());
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
        System.clearProperty("coffer.workdir");
        System.clearProperty("coffer.home");
    }

    @Test
    void addsAndListsUsers() {
        assertThat(run("Tulip lantern orbit quietly\n", "users", "add", "Ann", "--role", "income-officer",
                "--funds", "CTAX,NNDR", "--password-stdin")).isZero();
        assertThat(text(out)).isEqualTo("Added ann as Income officer, for funds CTAX, NNDR.\n");

        assertThat(run("", "users", "list")).isZero();
        assertThat(text(out)).startsWith("ann").contains("Income officer", "CTAX,NNDR", "by cli:");
    }

    @Test
    void aWeakPasswordIsRefusedWithEveryReason() {
        assertThat(run("password\r\n", "users", "add", "ann", "--role", "viewer", "--password-stdin")).isEqualTo(1);

        assertThat(text(err)).isEqualTo("""
                coffer: the password for ann is refused:
                  The password must be at least 12 characters long.
                  The password is a commonly used one, or one with a few characters added.
                  The password is too easy to guess; a few unrelated words together make a strong one.
                """);
        assertThat(text(out)).isEmpty();
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertThat(run("Tulip lantern orbit quietly\n", "users", "add", "ann", "--role", "boss", "--password-stdin"))
                .isEqualTo(1);

        assertThat(text(err)).startsWith("coffer: unknown role 'boss'; the roles are viewer, income-officer");
    }

    @Test
    void issuesAndRevokesTokens() {
        assertThat(run("", "tokens", "issue", "scheduler", "--role", "viewer")).isZero();
        String printed = text(out);
        assertThat(printed).startsWith("Issued token scheduler as Viewer. Its secret is:").contains("shown only now");
        assertThat(printed.lines().filter(line -> line.matches(" {4}[A-Za-z0-9_-]{43}"))).hasSize(1);

        assertThat(run("", "tokens", "revoke", "scheduler")).isZero();
        assertThat(text(out)).isEqualTo("Revoked token scheduler.\n");
        assertThat(run("", "tokens", "revoke", "scheduler")).isEqualTo(1);
        assertThat(text(err)).startsWith("coffer: there is no valid token named 'scheduler'");
        assertThat(run("", "tokens", "list")).isZero();
        assertThat(text(out)).startsWith("scheduler").contains("REVOKED");
    }

    @Test
    void auditVerifyFindsAnEditedRow() {
        run("", "tokens", "issue", "first", "--role", "viewer");
        run("", "tokens", "issue", "second", "--role", "viewer");
        run("", "tokens", "revoke", "first");
        text(out);

        assertThat(run("", "audit", "verify")).isZero();
        assertThat(text(out)).isEqualTo("The audit log is intact: 3 entries checked.\n");

        try (Database database = Database.open(dir.resolve("coffer-data/coffer.duckdb"))) {
            database.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET subject = 'token third' WHERE seq = 2"));
        }
        assertThat(run("", "audit", "verify")).isEqualTo(1);
        assertThat(text(err)).startsWith(
                "The audit log has been tampered with: entry 2: its hash does not match its contents.\n");
    }

    private int run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return Main.run(args);
    }

    /** What was printed since the last call, with line ends as \n. */
    private static String text(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        stream.reset();
        return text;
    }
}
