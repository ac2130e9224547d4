package org.coffer.server.imports;

import org.jdbi.v3.core.Handle;

/** Work that follows each stored import inside its transaction, such as matching settlements to their detail. */
@FunctionalInterface
public interface AfterImport {

    /** Runs in the import's transaction: when it fails, the import is refused and nothing of it is kept. */
    void stored(Handle handle, long importId, String actor);
}
