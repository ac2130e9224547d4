package org.coffer.server.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
        List<T> result = new ArrayList<>();
        forEachRow(file, List.of(), row -> result.add(parse.apply(row)));
        return result;
    }

    /**
     * Hands each row to {@code handle} as it is read, holding one line at a time, so that a file of any size can be
     * read. A header without one of the {@code requiredColumns} is refused before any row is read.
     */
    static void forEachRow(Path file, List<String> requiredColumns, Consumer<Row> handle) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) {
                throw bad(file, 0, "is empty; its first line must name the columns");
            }
            List<String> header = CsvLine.split(withoutByteOrderMark(first)).stream().map(String::trim).toList();
            List<String> missing = requiredColumns.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                throw bad(file, 1, "has no " + String.join(", ", missing) + " column; the columns must be "
                        + String.join(",", requiredColumns));
            }
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    handleRow(file, lineNumber, header, CsvLine.split(line), handle);
                }
            }
        } catch (IOException e) {
            throw bad(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static void handleRow(Path file, int lineNumber, List<String> header, List<String> cells,
            Consumer<Row> handle) {
        if (cells.size() != header.size()) {
            throw bad(file, lineNumber, "has " + cells.size() + " columns; the header has " + header.size());
        }
        Map<String, String> row = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            row.put(header.get(c), cells.get(c).trim());
        }
        try {
            handle.accept(new Row(lineNumber, row));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw bad(file, lineNumber, e.getMessage());
        }
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
