package org.coffer.server.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a staging chunk as UTF-8 CSV straight into a byte buffer. It runs for every value of every line imported,
 * so it puts numbers and dates into digits itself and encodes text without a charset encoder, where a
 * {@code BufferedWriter} made a string of each value and took a lock for each write. Text is always quoted, so that
 * an empty text stays empty and only an unquoted {@code \N} is missing.
 */
final class StagingCsvWriter implements Closeable {

    /** The options of DuckDB's {@code read_csv} that read back what this writes. */
    static final String READ_OPTIONS = "header = false, delim = ',', quote = '\"', escape = '\"', nullstr = '\\N', "
            + "allow_quoted_nulls = false";

    /** Room for the longest piece written at once: a comma and a long's 20 characters. */
    private static final int LONGEST_PIECE = 21;

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    private boolean firstInRow = true;

    StagingCsvWriter(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
    }

    void number(long value) throws IOException {
        separate();
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        if (value < 0) {
            buffer[used++] = '-';
            value = -value;
        }
        int digits = digitsOf(value);
        for (int i = used + digits - 1; i >= used; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used += digits;
    }

    /** A date as DuckDB reads it by default: {@code yyyy-MM-dd}. */
    void date(LocalDate date) throws IOException {
        separate();
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            ascii(date.toString());
            return;
        }
        fixedDigits(year, 4);
        buffer[used++] = '-';
        fixedDigits(date.getMonthValue(), 2);
        buffer[used++] = '-';
        fixedDigits(date.getDayOfMonth(), 2);
    }

    /** A quoted text, or a missing value when {@code value} is {@code null}. */
    void text(String value) throws IOException {
        if (value == null) {
            missing();
            return;
        }
        separate();
        buffer[used++] = '"';
        int length = value.length();
        for (int i = 0; i < length; i++) {
            room();
            char c = value.charAt(i);
            if (c == '"') {
                buffer[used++] = '"';
                buffer[used++] = '"';
            } else if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                buffer[used++] = (byte) (0xF0 | codePoint >> 18);
                buffer[used++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                buffer[used++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | codePoint & 0x3F);
            } else if (Character.isSurrogate(c)) {
                buffer[used++] = '?';
            } else {
                buffer[used++] = (byte) (0xE0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            }
        }
        room();
        buffer[used++] = '"';
    }

    void missing() throws IOException {
        separate();
        buffer[used++] = '\\';
        buffer[used++] = 'N';
    }

    void endRow() throws IOException {
        room();
        buffer[used++] = '\n';
        firstInRow = true;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flush();
        }
    }

    /** The comma before every value but a row's first, with room for the value's first piece after it. */
    private void separate() throws IOException {
        room();
        if (firstInRow) {
            firstInRow = false;
        } else {
            buffer[used++] = ',';
        }
    }

    private void room() throws IOException {
        if (used + LONGEST_PIECE > buffer.length) {
            flush();
        }
    }

    private void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    private void ascii(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        for (byte b : bytes) {
            room();
            buffer[used++] = b;
        }
    }

    private void fixedDigits(int value, int digits) {
        for (int i = used + digits - 1; i >= used; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used += digits;
    }

    private static int digitsOf(long value) {
        int digits = 1;
        while (value >= 10) {
            value /= 10;
            digits++;
        }
        return digits;
    }
}
