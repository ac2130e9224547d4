package org.coffer.plugin.api.format;

import java.io.IOException;
import java.io.InputStream;
import org.pf4j.ExtensionPoint;

/**
 * A kind of file that brings money movements into Coffer: a bank statement format, a channel's detail file or a
 * bureau's advice. Implementations are stateless and safe to use from several threads at once.
 */
public interface InboundFormat extends ExtensionPoint {

    /** A short, stable id such as {@code camt053}, stored with every import; it never changes once released. */
    String id();

    /** The name a person sees, such as {@code ISO 20022 camt.053 bank statement}. */
    String displayName();

    /** What the files of this format are to Coffer; see {@link FileRole}. */
    FileRole role();

    /** A cheap look at the file's name and first bytes. It must not throw, whatever the sample holds. */
    Detection detect(FileSample sample);

    /**
     * Reads the whole file, streaming: it hands each statement and line to the sink as it is read and never holds
     * the whole file in memory. It reports problems to the sink and goes on where it sensibly can, or throws a
     * {@link org.coffer.plugin.api.ProblemException} to stop; either way the application keeps nothing of a file
     * with problems. The stream belongs to the caller, who closes it.
     */
    void read(InputStream in, FormatContext context, FileSink sink) throws IOException;
}
