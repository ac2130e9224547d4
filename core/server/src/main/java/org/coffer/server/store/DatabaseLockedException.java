package org.coffer.server.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.coffer.server.CofferException;

/**
 * Another process holds the database file: DuckDB lets one process write it. When that process is a Coffer
 * server, the message says so and names its port, as it left it in a note beside the database.
 */
public final class DatabaseLockedException extends CofferException {

    private static final long serialVersionUID = 1L;

    DatabaseLockedException(Path file, SQLException cause) {
        super(StoreErrorCode.STORE_IN_USE, describe(file), List.of(), cause);
    }

    static boolean isLockConflict(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Could not set lock") || message.contains("Conflicting lock");
    }

    private static String describe(Path file) {
        Path note = ServerNote.fileFor(file);
        try {
            String port = Files.readString(note, StandardCharsets.UTF_8).trim();
            return "the database is in use by the Coffer server on port " + port
                    + ": use the browser or stop the server";
        } catch (IOException e) {
            return "the database " + file + " is in use by another program: stop it and try again";
        }
    }
}
