package org.coffer.server.ledger;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.coffer.plugin.api.ProblemException;
import org.coffer.server.CofferException;

/**
 * A run's file: written by the plugin to a temporary file in the exports folder, hashed as it is written, and moved
 * to its own name only when the run is recorded. A failed write leaves no file behind.
 */
final class RunFile {

    /** What writes the file's bytes: a plugin's export. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private final Path temporary;
    private final Path target;
    private final String sha256;

    private RunFile(Path temporary, Path target, String sha256) {
        this.temporary = temporary;
        this.target = target;
        this.sha256 = sha256;
    }

    static RunFile write(Path folder, String fileName, String exportId, Content content) {
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + fileName + "-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)),
                    digest)) {
                content.write(out);
            }
            return new RunFile(temporary, folder.resolve(fileName), HexFormat.of().formatHex(digest.digest()));
        } catch (ProblemException e) {
            delete(temporary);
            throw new CofferException(LedgerErrorCode.LEDGER_EXPORT_REFUSED, "the " + exportId + " export refused "
                    + "to write " + fileName + ", and nothing was exported: " + e.getMessage(),
                    e.problems().stream().map(Object::toString).toList(), e);
        } catch (IOException e) {
            delete(temporary);
            throw new CofferException(LedgerErrorCode.LEDGER_FILE_FAILED, "cannot write " + fileName + " in "
                    + folder + ", and nothing was exported: " + e.getMessage(), List.of(), e);
        } catch (RuntimeException | LinkageError e) {
            delete(temporary);
            throw new CofferException(LedgerErrorCode.LEDGER_PLUGIN_FAILED, "the " + exportId + " export failed "
                    + "while writing " + fileName + " (" + e + "); nothing was exported. This is a fault in the "
                    + "plugin: please report it.", List.of(), e);
        } catch (NoSuchAlgorithmException e) {
            delete(temporary);
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    String sha256() {
        return sha256;
    }

    Path target() {
        return target;
    }

    /** Gives the file its own name; the last step of a run, inside its transaction. */
    void moveIntoPlace() {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(temporary);
            throw new CofferException(LedgerErrorCode.LEDGER_FILE_FAILED, "cannot move the export file into place as "
                    + target + ", and nothing was exported: " + e.getMessage(), List.of(), e);
        }
    }

    /** Removes the file, wherever it is, when its run was not recorded. */
    void discard() {
        delete(temporary);
        delete(target);
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new CofferException(LedgerErrorCode.LEDGER_FILE_FAILED, "cannot remove the unrecorded export file "
                    + file + ": " + e.getMessage(), List.of(), e);
        }
    }
}
