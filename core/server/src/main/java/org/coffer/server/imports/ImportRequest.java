package org.coffer.server.imports;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file to import.
 *
 * @param file where the bytes are
 * @param fileName the name the person knows the file by (an upload's original name)
 * @param formatId the format to read it as, or empty to detect it
 * @param actor who imports it: a user name, {@code cli:<name>} or a token's name
 * @param acceptReason an administrator's reason for storing a file whose balances disagree, or empty to refuse it
 */
public record ImportRequest(Path file, String fileName, Optional<String> formatId, String actor,
        Optional<String> acceptReason) {

    public ImportRequest {
        requireNonNull(file, "file is null");
        requireNonNull(fileName, "fileName is null");
        requireNonNull(formatId, "formatId is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(acceptReason, "acceptReason is null");
        acceptReason = acceptReason.map(String::strip).filter(r -> !r.isEmpty());
    }

    public static ImportRequest of(Path file, String actor) {
        return new ImportRequest(file, file.getFileName().toString(), Optional.empty(), actor, Optional.empty());
    }
}
