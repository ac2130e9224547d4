package org.coffer.plugins.unit4;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * One comma-separated record. Text that a spreadsheet would take for a formula (starting {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return) gets a leading apostrophe, since batch files are often opened in
 * one; text with a comma, quote or line break is quoted as RFC 4180 says.
 */
final class CsvRecord {

    private final StringBuilder record = new StringBuilder(256);

    CsvRecord text(String value) {
        String guarded = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = guarded.indexOf(',') >= 0 || guarded.indexOf('"') >= 0 || guarded.indexOf('\n') >= 0
                || guarded.indexOf('\r') >= 0;
        return field(quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded);
    }

    /** An amount in pounds with two decimals and a minus sign for credits, whatever the default locale. */
    CsvRecord amount(long pence) {
        return field(BigDecimal.valueOf(pence, 2).toPlainString());
    }

    CsvRecord number(long value) {
        return field(Long.toString(value));
    }

    void writeTo(Writer out) throws IOException {
        record.append("\r\n");
        out.append(record);
    }

    private CsvRecord field(String value) {
        if (!record.isEmpty()) {
            record.append(',');
        }
        record.append(value);
        return this;
    }
}
