package org.coffer.server.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.coffer.server.CofferException;

/**
 * Replaces a file of the council folder so that a reader, or a crash, sees the old file or the new one and never
 * half of either: the new content goes to a temporary file in the same folder, is flushed to the disk, checked, and
 * then moved over the old file in one step.
 */
final class AtomicReplace {

    /** Checks the new content, read from the temporary file, before it replaces the old; throws to refuse it. */
    interface Check<T> {
        T check(Path written);
    }

    private final Path target;
    private Path temporary;

    private AtomicReplace(Path target) {
        this.target = target;
    }

    /** Writes {@code content} beside {@code target}, flushed to disk, and returns what {@code check} made of it. */
    static <T> Staged<T> stage(Path target, InputStream content, Check<T> check) {
        AtomicReplace replace = new AtomicReplace(target);
        try {
            replace.temporary = Files.createTempFile(target.toAbsolutePath().getParent(),
                    "." + target.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(replace.temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.transferTo(out);
                out.flush();
                channel.force(true);
            }
            return new Staged<>(replace, check.check(replace.temporary));
        } catch (IOException e) {
            replace.discard();
            throw unwritable(target, e);
        } catch (RuntimeException e) {
            replace.discard();
            throw e;
        }
    }

    /** A new file written and checked, waiting to replace the old one. */
    record Staged<T>(AtomicReplace replace, T checked) {

        /** Moves the new file over the old one, and makes the folder's new entry durable. */
        void commit() {
            replace.commit();
        }

        /** Leaves the old file as it was. */
        void discard() {
            replace.discard();
        }

        Path written() {
            return replace.temporary;
        }
    }

    private void commit() {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            discard();
            throw unwritable(target, e);
        }
        try (FileChannel folder = FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Some file systems cannot flush a folder; the move itself has been made.
        }
    }

    private void discard() {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // A stray temporary file is harmless: it starts with a dot and no loader reads it.
            }
        }
    }

    private static CofferException unwritable(Path target, IOException e) {
        return new CofferException(SettingsErrorCode.SETTINGS_UNWRITABLE, "cannot write " + target.getFileName()
                + " in the council folder (" + e.getMessage() + "); nothing was changed", List.of(), e);
    }
}
