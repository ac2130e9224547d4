package org.coffer.plugins.csvlayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.FormatContext;

/**
 * The layout's columns turned into places in a record: CSV columns named in the header are looked up once, and a
 * fixed-width line is cut into the layout's spans, so that every value is read by its index in the same way.
 */
final class RecordColumns {

    private final Map<ColumnSpec, Integer> indexes = new HashMap<>();
    private final List<ColumnSpec.BySpan> spans = new ArrayList<>();
    private final List<String> cut = new ArrayList<>();

    private RecordColumns() {
    }

    /** Columns of a fixed-width layout: each span is one value. */
    static RecordColumns ofSpans(List<ColumnSpec> specs) {
        RecordColumns columns = new RecordColumns();
        for (ColumnSpec spec : specs) {
            if (spec instanceof ColumnSpec.BySpan span && !columns.indexes.containsKey(span)) {
                columns.indexes.put(span, columns.spans.size());
                columns.spans.add(span);
            }
        }
        return columns;
    }

    /**
     * Columns of a CSV layout, named ones found in the header (compared ignoring case and surrounding spaces).
     *
     * @throws ProblemException naming every column the header lacks
     */
    static RecordColumns ofHeader(List<ColumnSpec> specs, List<String> header, long headerLine,
            FormatContext context) {
        RecordColumns columns = new RecordColumns();
        List<String> names = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = new ArrayList<>();
        for (ColumnSpec spec : specs) {
            if (spec instanceof ColumnSpec.ByNumber number) {
                columns.indexes.put(spec, number.number() - 1);
            } else if (spec instanceof ColumnSpec.ByName name) {
                int index = names.indexOf(name.header().strip().toLowerCase(Locale.ROOT));
                if (index < 0) {
                    missing.add(name.header());
                }
                columns.indexes.put(spec, index);
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(context.problem(headerLine == 0 ? Location.wholeFile()
                    : Location.line(headerLine), "", CsvLayoutErrorCode.CSV_LAYOUT_MISSING_COLUMN,
                    "the header has no column " + String.join(", ", missing) + "; it has " + String.join(", ",
                            header)));
        }
        return columns;
    }

    /** A fixed-width line cut into the layout's spans; a short line gives empty values past its end. */
    List<String> cut(String line) {
        cut.clear();
        for (ColumnSpec.BySpan span : spans) {
            int from = Math.min(span.first() - 1, line.length());
            int to = Math.min(span.last(), line.length());
            cut.add(line.substring(from, to));
        }
        return cut;
    }

    /**
     * How many fields a whole record has at least: one past the last column the layout reads. A record cut short,
     * as the last line of a truncated file is, has fewer.
     */
    int width() {
        return indexes.values().stream().mapToInt(index -> index + 1).max().orElse(0);
    }

    /** The column's value in the record, stripped, or empty past the record's end. */
    String value(List<String> record, ColumnSpec spec) {
        int index = indexes.get(spec);
        return index < record.size() ? record.get(index).strip() : "";
    }
}
