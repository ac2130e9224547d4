package org.coffer.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coffer.sampledata.DemoCouncil;
import org.coffer.sampledata.DemoCouncilGenerator;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.server.text.Amounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", description = "Writes the demo council's configuration and two financial years of its "
        + "bank files; the same seed and size always give the same files.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "2024", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--size", defaultValue = "150", description = "Lines per account per banking day "
            + "(default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--out", required = true, description = "Folder to write to.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter print = spec.commandLine().getOut();
        DemoCouncil.load().writeTo(out.resolve("council"));
        long lines = 0;
        int count = 0;
        for (GeneratedFile file : new DemoCouncilGenerator(seed).generate(out.resolve("files"), size)) {
            lines += file.lines();
            count++;
        }
        print.printf("Wrote the council configuration to %s and %d files with %s lines to %s%n",
                out.resolve("council"), count, Amounts.count(lines), out.resolve("files"));
        print.flush();
        return 0;
    }
}
