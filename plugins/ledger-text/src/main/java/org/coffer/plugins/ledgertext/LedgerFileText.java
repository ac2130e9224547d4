package org.coffer.plugins.ledgertext;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Lends a buffered UTF-8 writer over the application's stream and flushes it when the file is written. The stream
 * stays open: it belongs to the application, which closes it (and keeps no file when the plugin threw).
 */
public final class LedgerFileText {

    /** Writes the whole file's text. */
    @FunctionalInterface
    public interface Body {
        void write(Writer out) throws IOException;
    }

    private LedgerFileText() {
    }

    public static void write(OutputStream out, Body body) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        body.write(writer);
        writer.flush();
    }
}
