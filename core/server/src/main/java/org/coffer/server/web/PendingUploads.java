package org.coffer.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Uploads waiting for their person to confirm or abandon the import after seeing its preview. Each is kept in a
 * folder beside the database, belongs to the person who sent it, and is dropped after {@link #KEPT_FOR}.
 */
final class PendingUploads {

    static final Duration KEPT_FOR = Duration.ofHours(1);

    /** A file waiting for confirmation, under the name its person gave it. */
    record Pending(String id, Path file, String fileName, String owner, Instant received) {
    }

    private final Path folder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> waiting = new ConcurrentHashMap<>();

    /** Starts empty: uploads left by a server that stopped are removed. */
    PendingUploads(Path databaseFile, Clock clock) {
        Path database = databaseFile.toAbsolutePath();
        this.folder = database.resolveSibling(database.getFileName() + ".pending");
        this.clock = clock;
        try {
            Files.createDirectories(folder);
            try (Stream<Path> left = Files.list(folder)) {
                for (Path file : left.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the folder for uploads " + folder, e);
        }
    }

    Pending keep(InputStream content, String fileName, String owner) throws IOException {
        dropExpired();
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        Path file = folder.resolve(id + ".upload");
        Files.copy(content, file);
        Pending pending = new Pending(id, file, fileName, owner, clock.instant());
        waiting.put(id, pending);
        return pending;
    }

    /** The upload with this id, if it is still waiting and belongs to this person. */
    Optional<Pending> find(String id, String owner) {
        return Optional.ofNullable(id == null ? null : waiting.get(id)).filter(p -> p.owner().equals(owner));
    }

    void drop(Pending pending) {
        waiting.remove(pending.id());
        try {
            Files.deleteIfExists(pending.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the upload " + pending.file(), e);
        }
    }

    private void dropExpired() {
        Instant oldest = clock.instant().minus(KEPT_FOR);
        waiting.values().stream().filter(p -> p.received().isBefore(oldest)).toList().forEach(this::drop);
    }
}
