package org.coffer.server.imports;

import java.nio.charset.Charset;
import org.coffer.plugin.api.format.FormatContext;

/** What a format is told about the file it reads: its name for messages and the encoding found for it. */
record ImportContext(String fileName, Charset charset) implements FormatContext {
}
