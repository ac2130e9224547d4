package org.coffer.plugins.mt940;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.format.TextLines;

/**
 * Splits the lines of a file into MT940 fields: a tag at the start of a line ({@code :61:}) and its value, which
 * runs on over the lines up to the next tag. It strips the SWIFT envelope ({@code {1:...}{2:...}{4:} and
 * {@code -}{5:...}}) and tells where a message ends at a {@code -} line. Lines outside any field, such as the
 * bank's preamble, are skipped.
 */
final class SwiftFields {

    /** Receives each field once it is complete, and each message end. */
    interface Handler {

        /** {@code continuation} is reused for the next field, so it must not be kept. */
        void field(String tag, long line, String value, List<String> continuation) throws IOException;

        void messageEnd(long line) throws IOException;
    }

    private final TextLines lines;
    private final Handler handler;
    private final List<String> continuation = new ArrayList<>();
    private String tag;
    private long tagLine;
    private String value;
    private boolean anyText;

    SwiftFields(TextLines lines, Handler handler) {
        this.lines = lines;
        this.handler = handler;
    }

    /** Reads to the end of the file; returns whether it held anything but blank lines. */
    boolean readAll() throws IOException {
        String line;
        while ((line = lines.next()) != null) {
            accept(line);
        }
        completeField();
        return anyText;
    }

    private void accept(String line) throws IOException {
        if (line.isEmpty()) {
            continueField(line);
            return;
        }
        anyText |= !line.isBlank();
        char first = line.charAt(0);
        if (first == ':') {
            int end = tagEnd(line);
            if (end > 0) {
                completeField();
                tag = line.substring(1, end);
                tagLine = lines.number();
                value = line.substring(end + 1);
                return;
            }
        } else if (first == '{') {
            enterBlock(line);
            return;
        } else if (first == '-' && isMessageEnd(line)) {
            completeField();
            handler.messageEnd(lines.number());
            return;
        }
        continueField(line);
    }

    /** Skips the envelope's header blocks; text after {@code {4:} on the same line is the message's first line. */
    private void enterBlock(String line) throws IOException {
        completeField();
        int text = line.indexOf("{4:");
        if (text >= 0 && text + 3 < line.length()) {
            accept(line.substring(text + 3));
        }
    }

    private void continueField(String line) {
        if (tag != null) {
            continuation.add(line);
        }
    }

    private void completeField() throws IOException {
        if (tag != null) {
            String completed = tag;
            tag = null;
            handler.field(completed, tagLine, value, continuation);
            continuation.clear();
        }
    }

    /** {@code -} alone, or {@code -}} closing the SWIFT text block. */
    private static boolean isMessageEnd(String line) {
        return line.startsWith("-}") || line.strip().equals("-");
    }

    /** The index of the colon that closes a tag such as {@code :20:} or {@code :60F:}, or -1 if there is none. */
    private static int tagEnd(String line) {
        if (line.length() < 4 || !SwiftDates.digits(line, 1, 2)) {
            return -1;
        }
        if (line.charAt(3) == ':') {
            return 3;
        }
        char option = line.charAt(3);
        return option >= 'A' && option <= 'Z' && line.length() > 4 && line.charAt(4) == ':' ? 4 : -1;
    }
}
