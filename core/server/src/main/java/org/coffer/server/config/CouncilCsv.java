package org.coffer.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coffer.server.CofferException;

/**
 * Reads one of a council's CSV files: a header naming the columns, then one row per line. A row that cannot be
 * read is refused with the file, the line and what was expected.
 */
final class CouncilCsv {

    private CouncilCsv() {
    }

    /** One row, by column name; a column the file does not have reads as empty. */
    record Row(int line, Map<String, String> cells) {

        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw new IllegalArgumentException("the " + column + " column is empty");
            }
            return value;
        }
    }

    static <T> List<T> rows(Path file, Function<Row, T> parse) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw bad(file, 0, "cannot be read: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw bad(file, 0, "is empty; its first line must name the columns");
        }
        List<String> header = CsvLine.split(withoutByteOrderMark(lines.get(0)));
        List<T> result = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = CsvLine.split(lines.get(i));
            if (cells.size() != header.size()) {
                throw bad(file, i + 1, "has " + cells.size() + " columns; the header has " + header.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c).trim(), cells.get(c).trim());
            }
            try {
                result.add(parse.apply(new Row(i + 1, row)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw bad(file, i + 1, e.getMessage());
            }
        }
        return result;
    }

    static int wholeNumber(String text, String what) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a whole number");
        }
    }

    static CofferException bad(Path file, int line, String message) {
        String where = line > 0 ? file + " line " + line : file.toString();
        return new CofferException(ConfigErrorCode.COUNCIL_BAD_FILE, where + ": " + message);
    }

    /** Excel's "CSV UTF-8" starts the file with a byte-order mark, which is not part of the first heading. */
    private static String withoutByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
