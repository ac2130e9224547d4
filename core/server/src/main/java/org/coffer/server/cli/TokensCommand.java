package org.coffer.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.coffer.server.Coffer;
import org.coffer.server.users.IssuedToken;
import org.coffer.server.users.Role;
import org.coffer.server.users.TokenSummary;
import org.coffer.server.users.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tokens", description = "Issues, lists and revokes API tokens for schedulers and other systems.",
        subcommands = {TokensCommand.Issue.class, TokensCommand.Revoke.class, TokensCommand.ListTokens.class})
final class TokensCommand {

    @Command(name = "issue", description = "Issues a token and prints its secret, once.")
    static final class Issue implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "What the token is for, for example payments-scheduler.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "viewer, income-officer, finance-manager or administrator.")
        String role;

        @Option(names = "--funds", split = ",", paramLabel = "CODE",
                description = "Limit the token to these funds (default: every fund).")
        List<String> funds;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Role parsed = Role.parse(role);
            PrintWriter out = spec.commandLine().getOut();
            try (Coffer coffer = Workspace.open(Workspace.config())) {
                IssuedToken token = coffer.users()
                        .issueToken(Workspace.actor(), name, parsed, UsersCommand.funds(funds));
                out.println("Issued token " + token.name() + " as " + parsed.label() + ". Its secret is:");
                out.println();
                out.println("    " + token.secret());
                out.println();
                out.println("It is shown only now: Coffer keeps only a hash of it. Store it where the calling system "
                        + "keeps its secrets, and send it as the header Authorization: Bearer <secret>.");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "revoke", description = "Revokes a token at once; calls with it are refused from then on.")
    static final class Revoke implements Callable<Integer> {

        @Parameters(paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Coffer coffer = Workspace.open(Workspace.config())) {
                coffer.users().revokeToken(Workspace.actor(), name);
                out.println("Revoked token " + name + ".");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", description = "Lists tokens, valid and revoked; never their secrets.")
    static final class ListTokens implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Coffer coffer = Workspace.open(Workspace.config())) {
                List<TokenSummary> tokens = coffer.users().tokens();
                if (tokens.isEmpty()) {
                    out.println("No tokens have been issued.");
                }
                for (TokenSummary token : tokens) {
                    out.printf("%-24s %-16s %-20s issued %s by %s%s%n", token.name(), token.role().label(),
                            token.funds().isEmpty() ? "every fund"
                                    : String.join(",", UsersCommand.sorted(token.funds())),
                            token.created().atZone(coffer.clock().getZone()).toLocalDate(), token.createdBy(),
                            token.revoked().map(t -> "  REVOKED " + t.atZone(coffer.clock().getZone()).toLocalDate())
                                    .orElse(""));
                }
            }
            out.flush();
            return 0;
        }
    }
}
