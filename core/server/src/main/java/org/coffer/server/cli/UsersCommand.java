package org.coffer.server.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.users.Principal;
import org.coffer.server.users.Role;
import org.coffer.server.users.UserSummary;
import org.coffer.server.users.Users;
import org.coffer.server.users.UsersErrorCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "users", description = "Adds and lists the people who may sign in.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
final class UsersCommand {

    @Command(name = "add", description = "Adds a user; the password is read from the console, twice, without echo.")
    static final class Add implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "2 to 64 letters, digits, dots, hyphens or underscores.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "viewer, income-officer, finance-manager or administrator.")
        String role;

        @Option(names = "--funds", split = ",", paramLabel = "CODE",
                description = "Limit the user to these funds, for example CTAX,NNDR (default: every fund).")
        List<String> funds;

        @Option(names = "--password-stdin", description = "Read the password as one line of standard input.")
        boolean passwordStdin;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Role parsed = Role.parse(role);
            char[] password = passwordStdin ? stdinLine() : fromConsole(name);
            try (Coffer coffer = Workspace.open(Workspace.config())) {
                Users users = coffer.users();
                Principal added = users.add(Workspace.actor(), name, parsed, funds(funds), password);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Added " + added.name() + " as " + added.role().label()
                        + (added.restricted() ? ", for funds " + String.join(", ", sorted(added.funds())) : "") + ".");
                out.flush();
                return 0;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private static char[] fromConsole(String name) {
            Console console = System.console();
            if (console == null) {
                throw new CofferException(UsersErrorCode.USERS_PASSWORD_UNREADABLE, "there is no console to read the "
                        + "password from; use --password-stdin to read it from standard input");
            }
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("The same password again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new CofferException(UsersErrorCode.USERS_PASSWORD_UNREADABLE, "the two passwords differ; "
                        + "nothing was added");
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }

    @Command(name = "list", description = "Lists users with their roles and funds, and any that are locked.")
    static final class ListUsers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Coffer coffer = Workspace.open(Workspace.config())) {
                List<UserSummary> users = coffer.users().list();
                if (users.isEmpty()) {
                    out.println("There are no users yet; add one with `coffer users add NAME --role administrator`.");
                }
                for (UserSummary user : users) {
                    out.printf("%-24s %-16s %-20s added %s by %s%s%n", user.name(), user.role().label(),
                            user.funds().isEmpty() ? "every fund" : String.join(",", sorted(user.funds())),
                            user.created().atZone(coffer.clock().getZone()).toLocalDate(), user.createdBy(),
                            user.lockedUntil().map(t -> "  LOCKED until " + t.atZone(coffer.clock().getZone())
                                    .toLocalTime().withNano(0)).orElse(""));
                }
            }
            out.flush();
            return 0;
        }
    }

    /** One line of standard input, without its line end; the bytes never become a {@code String}. */
    static char[] stdinLine() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        int length = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
        char[] password = new char[length];
        line.getChars(0, length, password, 0);
        line.setLength(0);
        return password;
    }

    static Set<String> funds(List<String> funds) {
        return funds == null ? Set.of() : new LinkedHashSet<>(funds.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }

    static List<String> sorted(Set<String> funds) {
        return funds.stream().sorted().toList();
    }
}
