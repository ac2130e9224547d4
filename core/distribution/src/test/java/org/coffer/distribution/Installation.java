package org.coffer.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The assembled installation under test ({@code target/coffer}): its libraries and its plugin zips. */
final class Installation {

    private Installation() {
    }

    static Path home() {
        return Path.of(System.getProperty("coffer.home", "target/coffer")).toAbsolutePath();
    }

    /** A fresh plugins folder holding every plugin zip of the installation (PF4J expands zips where they lie). */
    static Path copyPlugins(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> zips = Files.list(home().resolve("plugins"))) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).toList()) {
                Files.copy(zip, folder.resolve(zip.getFileName()));
            }
        }
        return folder;
    }

    /** The command that runs {@code coffer} from the installation in its own JVM, as the launcher does. */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dcoffer.home=" + home());
        command.add("-cp");
        command.add(home().resolve("lib") + "/*");
        command.add("org.coffer.server.cli.Main");
        command.addAll(List.of(args));
        return command;
    }
}
