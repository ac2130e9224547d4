package org.coffer.plugin.api.format;

import java.nio.charset.Charset;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Problem;

/** What the application tells a format about the file it is reading. Owned by the application. */
public interface FormatContext {

    /** The file's name as the person gave it, for messages. */
    String fileName();

    /**
     * The encoding the application found for the file: from a byte-order mark, else UTF-8 when the bytes are
     * valid UTF-8, else Windows-1252. Text formats decode with it; XML formats may follow their own declaration.
     */
    Charset charset();

    /** A problem in this file, ready to report or throw. */
    default Problem problem(Location location, String field, ErrorCode code, String message) {
        return new Problem(fileName(), location, field, code, message);
    }
}
