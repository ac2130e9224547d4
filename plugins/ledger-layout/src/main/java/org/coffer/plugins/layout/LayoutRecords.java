package org.coffer.plugins.layout;

import java.io.IOException;
import java.io.Writer;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugin.api.ledger.JournalHeader;
import org.coffer.plugin.api.ledger.JournalLine;
import org.coffer.plugins.ledgertext.CsvRecord;

/** Writes the layout's records: CSV with formula guards and quoting, or fixed-width fields padded to their widths. */
final class LayoutRecords {

    private final Layout layout;
    private final ExportContext context;
    private final LineValues values;

    LayoutRecords(Layout layout, ExportContext context) {
        this.layout = layout;
        this.context = context;
        this.values = new LineValues(layout);
    }

    /** The column names, as a first record; in a fixed-width layout on the left, cut or padded with spaces. */
    void writeHeader(Writer out) throws IOException {
        if (layout.fixedWidth()) {
            StringBuilder record = new StringBuilder();
            for (Column column : layout.columns()) {
                String name = column.field();
                String cut = name.length() > column.width() ? name.substring(0, column.width()) : name;
                record.append(cut).append(" ".repeat(column.width() - cut.length()));
            }
            out.append(record).append(layout.lineEnding());
        } else {
            CsvRecord record = new CsvRecord(layout.delimiter());
            layout.columns().forEach(column -> record.text(column.field()));
            record.writeTo(out, layout.lineEnding());
        }
    }

    void write(JournalHeader header, JournalLine line, Writer out) throws IOException {
        if (layout.fixedWidth()) {
            StringBuilder record = new StringBuilder(128);
            for (Column column : layout.columns()) {
                record.append(pad(column, fit(column, header, line)));
            }
            out.append(record).append(layout.lineEnding());
        } else {
            CsvRecord record = new CsvRecord(layout.delimiter());
            for (Column column : layout.columns()) {
                String value = fit(column, header, line);
                if (Fields.isNumeric(column.field())) {
                    record.raw(value);
                } else {
                    record.text(value);
                }
            }
            record.writeTo(out, layout.lineEnding());
        }
    }

    /** The value, or a refusal naming the journal, line, column and the setting when its column is too narrow. */
    private String fit(Column column, JournalHeader header, JournalLine line) {
        String value = values.of(column.field(), header, line);
        if (column.width() > 0 && value.length() > column.width()) {
            throw new ProblemException(context.problem(Location.line(line.number()), column.field(),
                    LayoutErrorCode.LAYOUT_VALUE_TOO_WIDE, "journal " + header.journalNumber() + ": '" + value
                            + "' is " + value.length() + " characters, wider than the " + column.width()
                            + "-character column " + column.field() + " of the setting 'columns'"));
        }
        return value;
    }

    /** Fills a fixed-width field; a minus sign stays in front of zero padding ({@code -0001234}). */
    private static String pad(Column column, String value) {
        int fill = column.width() - value.length();
        if (fill <= 0) {
            return value;
        }
        String padding = String.valueOf(column.pad()).repeat(fill);
        if (!column.alignRight()) {
            return value + padding;
        }
        if (column.pad() == '0' && value.startsWith("-")) {
            return "-" + padding + value.substring(1);
        }
        return padding + value;
    }
}
