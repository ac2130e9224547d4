package org.coffer.plugins.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.format.TextLines;

/**
 * Reads delimited records from text lines as RFC 4180 writes them: a field in double quotes may hold the delimiter,
 * doubled quotes and line breaks. Blank lines are skipped. The record's fields are reused by the next call.
 */
public final class CsvRecords {

    /** A quoted field that the file ends inside. */
    public static final class UnterminatedQuoteException extends Exception {
        private static final long serialVersionUID = 1L;

        UnterminatedQuoteException(long line) {
            super("the quoted field that starts on line " + line + " is never closed", null, false, false);
        }
    }

    private final TextLines lines;
    private final char delimiter;
    private final List<String> fields = new ArrayList<>(32);
    private final StringBuilder quoted = new StringBuilder(64);
    private long firstLine;

    /** Comma-separated records. */
    public CsvRecords(TextLines lines) {
        this(lines, ',');
    }

    /** Records separated by the delimiter, such as {@code ;} or a tab; a double quote cannot be one. */
    public CsvRecords(TextLines lines, char delimiter) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("a record delimiter cannot be a quote or a line break");
        }
        this.lines = lines;
        this.delimiter = delimiter;
    }

    /** The next record's fields, or {@code null} at the end of the file. */
    public List<String> next() throws IOException, UnterminatedQuoteException {
        String line = lines.next();
        while (line != null && line.isBlank()) {
            line = lines.next();
        }
        if (line == null) {
            return null;
        }
        firstLine = lines.number();
        fields.clear();
        split(line);
        return fields;
    }

    /** The line the last record started on. */
    public long line() {
        return firstLine;
    }

    private void split(String first) throws IOException, UnterminatedQuoteException {
        String line = first;
        int at = 0;
        while (true) {
            if (at < line.length() && line.charAt(at) == '"') {
                int close = line.indexOf('"', at + 1);
                if (close > 0 && (close + 1 == line.length() || line.charAt(close + 1) == delimiter)) {
                    // The common case, such as "1,234.50": no doubled quotes and no line break inside.
                    fields.add(line.substring(at + 1, close));
                    if (close + 1 == line.length()) {
                        return;
                    }
                    at = close + 2;
                    continue;
                }
                quoted.setLength(0);
                at++;
                while (true) {
                    int quote = line.indexOf('"', at);
                    if (quote < 0) {
                        quoted.append(line, at, line.length()).append('\n');
                        line = lines.next();
                        if (line == null) {
                            throw new UnterminatedQuoteException(firstLine);
                        }
                        at = 0;
                    } else if (quote + 1 < line.length() && line.charAt(quote + 1) == '"') {
                        quoted.append(line, at, quote + 1);
                        at = quote + 2;
                    } else {
                        quoted.append(line, at, quote);
                        at = quote + 1;
                        break;
                    }
                }
                int end = line.indexOf(delimiter, at);
                // Text between a closing quote and the delimiter is kept, as spreadsheets do.
                quoted.append(line, at, end < 0 ? line.length() : end);
                fields.add(quoted.toString());
                if (end < 0) {
                    return;
                }
                at = end + 1;
            } else {
                int end = line.indexOf(delimiter, at);
                if (end < 0) {
                    fields.add(line.substring(at));
                    return;
                }
                fields.add(line.substring(at, end));
                at = end + 1;
            }
        }
    }
}
