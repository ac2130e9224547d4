package org.coffer.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.coffer.sampledata.DemoCouncil;
import org.coffer.sampledata.DemoCouncilGenerator;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.server.Coffer;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.imports.ImportOutcome;
import org.coffer.server.imports.ImportRequest;
import org.coffer.server.income.AllocationRate;
import org.coffer.server.text.Amounts;
import org.coffer.server.users.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = "Loads two financial years of a fictional council's bank files into a fresh "
        + "demo database (coffer-data/demo) and serves them.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--no-serve", description = "Load the demo data and exit.")
    boolean noServe;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--port", description = "Port to serve on (default: server.port, else 8080).")
    Integer port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path demo = Path.of("coffer-data", "demo").toAbsolutePath();
        Scratch.empty(demo);
        Path council = demo.resolve("council");
        DemoCouncil.load().writeTo(council);
        out.println("Generating the demo council's bank files in " + demo.resolve("files") + " ...");
        out.flush();
        List<GeneratedFile> files = new DemoCouncilGenerator(seed).generate(demo.resolve("files"),
                DemoCouncilGenerator.Size.DEMO);
        CofferConfig base = Workspace.config().withDatabaseFile(demo.resolve("coffer.duckdb")).withCouncilDir(council);
        CofferConfig config = port == null ? base : base.withPort(port);
        long receipts = 0;
        String password = DemoLogin.password();
        AllocationRate rate;
        try (Coffer coffer = Workspace.open(config)) {
            for (GeneratedFile file : files) {
                ImportOutcome outcome = coffer.imports().importFile(ImportRequest.of(file.path(), Workspace.actor()));
                receipts += outcome.receipts();
            }
            coffer.users().add(Workspace.actor(), DemoLogin.NAME, Role.ADMINISTRATOR, Set.of(),
                    password.toCharArray());
            rate = coffer.income().postedRange()
                    .map(range -> coffer.income().allocationRate(range.from(), range.to())).orElseThrow();
        }
        out.printf("Loaded %d files, %s receipts, into %s%n", files.size(), Amounts.count(receipts),
                config.databaseFile());
        out.printf("Allocated to their fund at import: %s of payments, %s of their value%n", rate.ofPayments(),
                rate.ofValue());
        out.printf("Sign in as %s with the password %s%n", DemoLogin.NAME, password);
        out.flush();
        if (!noServe) {
            ServeCommand.serve(config);
        }
        return 0;
    }
}
