package org.coffer.sampledata;

import java.io.IOException;

/** Writes statements one after another into a file whose stream the caller owns. */
interface StatementWriter {

    void write(Statement statement) throws IOException;

    /** Writes whatever closes the file, after the last statement. */
    void finish() throws IOException;
}
