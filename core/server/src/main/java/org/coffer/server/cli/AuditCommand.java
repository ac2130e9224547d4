package org.coffer.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.coffer.server.Coffer;
import org.coffer.server.audit.AuditVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "audit", description = "Checks the audit log.", subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    @Command(name = "verify", description = "Checks that no audit entry was edited, removed or inserted: each "
            + "carries the hash of the one before, and each hash matches its contents.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            AuditVerifier.Result result;
            try (Coffer coffer = Workspace.open(Workspace.config())) {
                result = coffer.database().jdbi().withHandle(AuditVerifier::verify);
            }
            if (result.intact()) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("The audit log is intact: " + result.checked() + " entries checked.");
                out.flush();
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("The audit log has been tampered with: " + result.problem().orElseThrow() + ".");
            err.println("Entries before that one are intact. Keep the database file as it is and tell your auditor.");
            err.flush();
            return ErrorPrinter.FAILED;
        }
    }
}
