package org.coffer.plugin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The public bank and payment files in {@code sample-data/fixtures/public}, found through a property the build sets. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path publicDir() {
        String dir = System.getProperty("coffer.fixtures.dir");
        if (dir == null) {
            throw new IllegalStateException("system property coffer.fixtures.dir is not set; run the tests through Maven");
        }
        return Path.of(dir);
    }

    public static Path file(String relative) {
        Path file = publicDir().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no fixture " + relative + " in " + publicDir());
        }
        return file;
    }

    /** Every fixture file, as paths relative to the fixtures folder with '/' separators, sorted. */
    public static List<String> all() {
        Path root = publicDir();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .map(p -> p.toString().replace('\\', '/'))
                    .filter(p -> p.contains("/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
