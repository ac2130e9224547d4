package org.coffer.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small file beside the database naming the port of the server that holds it, for the command line's message. */
public final class ServerNote {

    private ServerNote() {
    }

    public static Path fileFor(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".server");
    }

    public static void write(Path databaseFile, int port) {
        try {
            Files.writeString(fileFor(databaseFile), Integer.toString(port), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void remove(Path databaseFile) {
        try {
            Files.deleteIfExists(fileFor(databaseFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
