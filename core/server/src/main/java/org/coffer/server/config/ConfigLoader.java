package org.coffer.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.coffer.server.CofferException;

/**
 * Reads {@code coffer.properties}: every key is known and typed, and an unknown key stops start-up with its name,
 * so a misspelt setting is never silently ignored. Relative paths are resolved against the file's folder.
 */
public final class ConfigLoader {

    static final String DATABASE = "database.file";
    static final String PLUGINS = "plugins.dir";
    static final String COUNCIL = "council.dir";
    static final String HOST = "server.host";
    static final String PORT = "server.port";
    private static final Set<String> KEYS = Set.of(DATABASE, PLUGINS, COUNCIL, HOST, PORT);

    private ConfigLoader() {
    }

    /**
     * The configuration for a working folder: its {@code coffer.properties} if there is one, over the defaults
     * (database {@code coffer-data/coffer.duckdb}, plugins in {@code defaultPluginsDir}, port 8080).
     */
    public static CofferConfig load(Path workDir, Path defaultPluginsDir) {
        Path file = workDir.resolve("coffer.properties");
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new CofferException(ConfigErrorCode.CONFIG_UNREADABLE, "cannot read " + file + ": " + e.getMessage());
            }
        }
        return fromProperties(properties, workDir, defaultPluginsDir, file.toString());
    }

    static CofferConfig fromProperties(Properties properties, Path baseDir, Path defaultPluginsDir, String source) {
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new CofferException(ConfigErrorCode.CONFIG_UNKNOWN_KEY, source + ": unknown setting "
                    + String.join(", ", unknown) + "; known settings are " + String.join(", ", new TreeSet<>(KEYS)));
        }
        Map<String, String> values = Map.copyOf(toMap(properties));
        Path database = baseDir.resolve(values.getOrDefault(DATABASE, "coffer-data/coffer.duckdb"));
        Path plugins = values.containsKey(PLUGINS) ? baseDir.resolve(values.get(PLUGINS)) : defaultPluginsDir;
        Optional<Path> council = Optional.ofNullable(values.get(COUNCIL)).map(baseDir::resolve);
        return new CofferConfig(database, plugins, council, values.getOrDefault(HOST, "127.0.0.1"),
                port(values.getOrDefault(PORT, "8080"), source));
    }

    private static int port(String text, String source) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CofferException(ConfigErrorCode.CONFIG_BAD_VALUE,
                source + ": " + PORT + " must be a port number from 0 to 65535, was '" + text + "'");
    }

    private static Map<String, String> toMap(Properties properties) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k).trim()));
        return map;
    }
}
