package org.coffer.plugin.api.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Reads a text file line by line, streaming, for line-based formats. It accepts LF, CRLF and CR endings, drops a
 * byte-order mark, and removes the transmission bytes some bank systems leave in files (SOH, ETX, Ctrl-Z).
 * Bytes that are not valid in the charset stop the reading with the number of the line that holds them.
 * The stream belongs to the caller.
 */
public final class TextLines {

    private final BufferedReader reader;
    private long number;

    public TextLines(InputStream in, Charset charset) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    }

    /** The next line without its ending, or {@code null} at the end of the file. */
    public String next() throws IOException {
        String line;
        try {
            line = reader.readLine();
        } catch (CharacterCodingException e) {
            throw new UnreadableTextException(number + 1, e);
        }
        if (line == null) {
            return null;
        }
        number++;
        return clean(line);
    }

    /** The 1-based number of the line last returned by {@link #next()}. */
    public long number() {
        return number;
    }

    private String clean(String line) {
        if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u0001' || c == '\u0003' || c == '\u001A') {
                return line.replaceAll("[\\u0001\\u0003\\u001A]", "");
            }
        }
        return line;
    }

    /** A line holds bytes that are not text in the file's charset. */
    public static final class UnreadableTextException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long line;

        UnreadableTextException(long line, CharacterCodingException cause) {
            super("line " + line + " holds bytes that are not valid text in the file's encoding", cause);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
