package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Coffer keeps its things and how it listens; typed and checked once at start-up.
 *
 * @param databaseFile the DuckDB database file
 * @param pluginsDir the folder PF4J loads plugin zips from (it must be writable: PF4J expands zips in place)
 * @param councilDir the council's configuration folder, or empty to run with no council configured
 * @param host the address the web server binds to
 * @param port the web server's port; 0 picks a free one
 */
public record CofferConfig(Path databaseFile, Path pluginsDir, Optional<Path> councilDir, String host, int port) {

    public CofferConfig {
        requireNonNull(databaseFile, "databaseFile is null");
        requireNonNull(pluginsDir, "pluginsDir is null");
        requireNonNull(councilDir, "councilDir is null");
        requireNonNull(host, "host is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
    }

    public CofferConfig withPort(int newPort) {
        return new CofferConfig(databaseFile, pluginsDir, councilDir, host, newPort);
    }

    public CofferConfig withDatabaseFile(Path file) {
        return new CofferConfig(file, pluginsDir, councilDir, host, port);
    }

    public CofferConfig withCouncilDir(Path dir) {
        return new CofferConfig(databaseFile, pluginsDir, Optional.of(dir), host, port);
    }
}
