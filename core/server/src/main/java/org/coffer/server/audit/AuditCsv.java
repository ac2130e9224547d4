package org.coffer.server.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes audit entries as CSV (RFC 4180: comma-separated, CRLF line ends, a header row, fields quoted when they
 * hold a comma, quote or line break). A text cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) is prefixed with {@code '}. The caller writes any UTF-8 BOM.
 */
public final class AuditCsv {

    static final List<String> HEADER =
            List.of("seq", "logged_at", "actor", "action", "subject", "before", "after", "prev_hash", "hash");

    private AuditCsv() {
    }

    public static void write(List<AuditEntry> entries, Writer out) {
        try {
            writeRow(out, HEADER);
            for (AuditEntry entry : entries) {
                out.write(Long.toString(entry.seq()));
                out.write(',');
                out.write(entry.at().toString());
                for (String text : new String[] {entry.actor(), entry.action(), entry.subject(), entry.before(),
                        entry.after(), entry.prevHash(), entry.hash()}) {
                    out.write(',');
                    out.write(cell(text));
                }
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit log as CSV: " + e.getMessage(), e);
        }
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        out.write(String.join(",", cells.stream().map(AuditCsv::cell).toList()));
        out.write("\r\n");
    }

    /** One text cell: neutralised if a spreadsheet would run it, then quoted if it needs to be. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String safe = switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
