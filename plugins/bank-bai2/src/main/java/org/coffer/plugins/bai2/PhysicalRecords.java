package org.coffer.plugins.bai2;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Set;
import org.coffer.plugin.api.format.TextLines;

/**
 * Splits a file's lines into physical records. Besides one record to a line, it reads what some bank systems write:
 * several records packed on one line ({@code .../ 16,...}), each ending at a {@code /} followed by the next record's
 * code, and a record wrapped onto the next line without a record code, which is joined back on. Blank lines are
 * skipped.
 */
final class PhysicalRecords {

    static final Set<String> CODES = Set.of("01", "02", "03", "16", "49", "88", "98", "99");

    private final TextLines lines;
    private final ArrayDeque<RawRecord> ahead = new ArrayDeque<>();
    private boolean endOfText;

    PhysicalRecords(TextLines lines) {
        this.lines = lines;
    }

    /** The next record, or {@code null} at the end of the file. */
    RawRecord next() throws IOException {
        // A record is handed over only once the line after it is known not to continue it.
        while (ahead.size() < 2 && !endOfText) {
            readLine();
        }
        return ahead.poll();
    }

    /** The number of the last line read. */
    long lastLine() {
        return lines.number();
    }

    private void readLine() throws IOException {
        String line = lines.next();
        if (line == null) {
            endOfText = true;
            return;
        }
        String text = line.strip();
        if (text.isEmpty()) {
            return;
        }
        if (!hasRecordCode(text)) {
            RawRecord wrapped = ahead.pollLast();
            ahead.add(wrapped == null ? new RawRecord("", text, lines.number(), text.length())
                    : wrapped.appendWrapped(text));
            return;
        }
        int start = 0;
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            int next = slash + 1;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            if (next < text.length() && startsRecord(text, next)) {
                add(text, start, slash + 1);
                start = next;
                slash = next;
            }
        }
        add(text, start, text.length());
    }

    private void add(String text, int start, int end) {
        ahead.add(new RawRecord(text.substring(start, start + 2), text.substring(start + 3, end), lines.number(),
                end - start));
    }

    /** Whether the line starts with two digits and a comma: a record, known or not, rather than wrapped text. */
    private static boolean hasRecordCode(String text) {
        return text.length() >= 3 && isDigit(text.charAt(0)) && isDigit(text.charAt(1)) && text.charAt(2) == ',';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a known record code and its comma stand at {@code at}, where a record packed after another starts. */
    private static boolean startsRecord(String text, int at) {
        return text.length() >= at + 3 && text.charAt(at + 2) == ','
                && CODES.contains(text.substring(at, at + 2));
    }
}
