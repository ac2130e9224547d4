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
 * line breaks (read back as LF). Records are read one at a time, so a test can re-read a large export in a small heap.
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

    /** The next record, or null at the end of the file; a line break inside quotes continues the record. */
    private static List<String> read(BufferedReader reader, char delimiter) {
        try {
            String line = reader.readLine();
            if (line == null) {
                return null;
            }
            StringBuilder record = new StringBuilder(line);
            while (isInsideQuotes(record)) {
                String more = reader.readLine();
                if (more == null) {
                    break;
                }
                record.append('\n').append(more);
            }
            return split(record, delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isInsideQuotes(CharSequence record) {
        int quotes = 0;
        for (int i = 0; i < record.length(); i++) {
            if (record.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private static List<String> split(CharSequence record, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"' && quoted && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
