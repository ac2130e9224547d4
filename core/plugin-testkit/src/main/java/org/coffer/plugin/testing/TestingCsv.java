package org.coffer.plugin.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a delimited file back as RFC 4180 does: fields in double quotes may hold the delimiter, doubled quotes and
 * line breaks. Records are read one at a time, so a test can re-read a large export in a small heap.
 */
public final class TestingCsv {

    private TestingCsv() {
    }

    /** The records of a UTF-8 file, each a list of its fields; the caller closes the stream. */
    public static Stream<List<String>> records(Path file, char delimiter) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Iterator<List<String>> records = new Iterator<>() {
            private List<String> next = read(reader, delimiter);

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public List<String> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                List<String> current = next;
                next = read(reader, delimiter);
                return current;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, 0), false).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The next record, or null at the end of the file; a record ends at CRLF or LF outside quotes. */
    private static List<String> read(BufferedReader reader, char delimiter) {
        try {
            int c = reader.read();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (c != -1) {
                if (quoted) {
                    if (c == '"') {
                        reader.mark(1);
                        if (reader.read() == '"') {
                            field.append('"');
                        } else {
                            reader.reset();
                            quoted = false;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    break;
                } else if (c != '\r') {
                    field.append((char) c);
                }
                c = reader.read();
            }
            fields.add(field.toString());
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
