package org.coffer.plugins.cardacquirer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.format.TextLines;

/**
 * Reads comma-separated records from text lines as RFC 4180 writes them: a field in double quotes may hold commas,
 * doubled quotes and line breaks. Blank lines are skipped. The record's fields are reused by the next call.
 */
final class CsvRecords {

    /** A quoted field that the file ends inside. */
    static final class UnterminatedQuoteException extends Exception {
        private static final long serialVersionUID = 1L;

        UnterminatedQuoteException(long line) {
            super("the quoted field that starts on line " + line + " is never closed", null, false, false);
        }
    }

    private final TextLines lines;
    private final List<String> fields = new ArrayList<>(32);
    private final StringBuilder quoted = new StringBuilder(64);
    private long firstLine;

    CsvRecords(TextLines lines) {
        this.lines = lines;
    }

    /** The next record's fields, or {@code null} at the end of the file. */
    List<String> next() throws IOException, UnterminatedQuoteException {
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
    long line() {
        return firstLine;
    }

    private void split(String first) throws IOException, UnterminatedQuoteException {
        String line = first;
        int at = 0;
        while (true) {
            if (at < line.length() && line.charAt(at) == '"') {
                int close = line.indexOf('"', at + 1);
                if (close > 0 && (close + 1 == line.length() || line.charAt(close + 1) == ',')) {
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
                int comma = line.indexOf(',', at);
                // Text between a closing quote and the comma is kept, as spreadsheets do.
                quoted.append(line, at, comma < 0 ? line.length() : comma);
                fields.add(quoted.toString());
                if (comma < 0) {
                    return;
                }
                at = comma + 1;
            } else {
                int comma = line.indexOf(',', at);
                if (comma < 0) {
                    fields.add(line.substring(at));
                    return;
                }
                fields.add(line.substring(at, comma));
                at = comma + 1;
            }
        }
    }
}
