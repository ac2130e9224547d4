package org.coffer.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code coffer} from the installation in its own JVM, in a working folder, capturing what it prints. */
final class SeparateJvm {

    private final Process process;
    private final Path output;

    private SeparateJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static SeparateJvm start(Path workDir, List<String> jvmOptions, String... args) throws IOException {
        Path output = Files.createTempFile(workDir, "coffer-", ".out");
        Process process = new ProcessBuilder(Installation.command(jvmOptions, args))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new SeparateJvm(process, output);
    }

    /** Runs to the end and returns the exit code; a run that hangs fails the test rather than the build. */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("coffer did not finish within 5 minutes; it printed:\n" + output());
        }
        return process.exitValue();
    }

    /** Kills the JVM outright, as a power cut or {@code kill -9} would: no shutdown hooks run. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
