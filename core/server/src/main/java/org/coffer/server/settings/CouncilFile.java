package org.coffer.server.settings;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coffer.server.CofferException;
import org.coffer.server.config.CsvLine;

/**
 * A council CSV file as it stands on disk, for editing: its header in the file's own column order, its rows, and
 * its version (the SHA-256 of its bytes, {@link #ABSENT} when there is no file), which a change must start from.
 */
public record CouncilFile(List<String> header, List<Map<String, String>> rows, String version, String lineEnd,
        boolean byteOrderMark) {

    /** The version of a file that does not exist yet. */
    public static final String ABSENT = "absent";

    public CouncilFile {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList();
        requireNonNull(version, "version is null");
        requireNonNull(lineEnd, "lineEnd is null");
    }

    /** The file as it is, or, when there is none, {@code header} and {@code rows} as Coffer takes them without it. */
    static CouncilFile read(Path file, List<String> header, List<Map<String, String>> rows) {
        if (Files.notExists(file)) {
            return new CouncilFile(header, rows, ABSENT, "\n", false);
        }
        byte[] bytes = bytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // Excel's "CSV UTF-8" starts with a byte-order mark; kept, so that Excel still reads £ and é after a change.
        boolean byteOrderMark = text.startsWith("\uFEFF");
        if (byteOrderMark) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return new CouncilFile(header, List.of(), version(bytes), "\n", byteOrderMark);
        }
        List<String> fileHeader = CsvLine.split(lines.get(0)).stream().map(String::strip).toList();
        List<Map<String, String>> fileRows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = CsvLine.split(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < fileHeader.size(); c++) {
                row.put(fileHeader.get(c), c < cells.size() ? cells.get(c).strip() : "");
            }
            fileRows.add(row);
        }
        return new CouncilFile(fileHeader, fileRows, version(bytes), text.contains("\r\n") ? "\r\n" : "\n",
                byteOrderMark);
    }

    /** The version of the file on disk now, read a block at a time: account holders run to many megabytes. */
    static String versionOf(Path file) {
        if (Files.notExists(file)) {
            return ABSENT;
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The file's text with {@code rows} in place of its own: its header, with any column a row needs added last. */
    String text(List<Map<String, String>> newRows, List<String> knownColumns) {
        List<String> columns = new ArrayList<>(header);
        for (String column : knownColumns) {
            boolean used = newRows.stream().anyMatch(row -> !row.getOrDefault(column, "").isEmpty());
            if (!columns.contains(column) && used) {
                columns.add(column);
            }
        }
        StringBuilder text = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
        text.append(String.join(",", columns.stream().map(CouncilFile::cell).toList())).append(lineEnd);
        for (Map<String, String> row : newRows) {
            text.append(String.join(",", columns.stream().map(c -> cell(row.getOrDefault(c, ""))).toList()))
                    .append(lineEnd);
        }
        return text.toString();
    }

    /** A cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static CofferException unreadable(Path file, IOException e) {
        return new CofferException(SettingsErrorCode.SETTINGS_UNWRITABLE, "cannot read " + file.getFileName() + ": "
                + e.getMessage(), List.of(), e);
    }

    static String version(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
