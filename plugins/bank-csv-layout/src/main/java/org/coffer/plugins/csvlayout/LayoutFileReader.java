package org.coffer.plugins.csvlayout;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.TextLines;
import org.coffer.plugins.csv.CsvRecords;

/**
 * Reads an export in its layout, streaming: header lines first, then one record per line (a CSV record may span
 * lines inside quotes). A record it cannot read is reported and reading goes on, so the person sees every problem.
 */
final class LayoutFileReader {

    private final Layout layout;
    private final FormatContext context;
    private final FileSink sink;

    private LayoutFileReader(Layout layout, FormatContext context, FileSink sink) {
        this.layout = layout;
        this.context = context;
        this.sink = sink;
    }

    static void read(Layout layout, InputStream in, FormatContext context, FileSink sink) throws IOException {
        new LayoutFileReader(layout, context, sink).read(new TextLines(in, context.charset()));
    }

    private void read(TextLines lines) throws IOException {
        try {
            if (layout.fixedWidth()) {
                readFixedWidth(lines);
            } else {
                readCsv(new CsvRecords(lines, layout.delimiter()));
            }
        } catch (CsvRecords.UnterminatedQuoteException e) {
            throw new ProblemException(context.problem(Location.line(lines.number()), "",
                    CsvLayoutErrorCode.CSV_LAYOUT_UNCLOSED_QUOTE, e.getMessage()));
        } catch (TextLines.UnreadableTextException e) {
            throw new ProblemException(context.problem(Location.line(e.line()), "",
                    CsvLayoutErrorCode.CSV_LAYOUT_NOT_TEXT, e.getMessage() + " (" + context.charset() + ")"));
        }
    }

    private void readCsv(CsvRecords records) throws IOException, CsvRecords.UnterminatedQuoteException {
        List<String> header = List.of();
        for (int i = 0; i < layout.headerLines(); i++) {
            List<String> record = records.next();
            header = record == null ? List.of() : List.copyOf(record);
        }
        RecordColumns columns = RecordColumns.ofHeader(specs(), header, records.line(), context);
        Lines out = new Lines(new RecordLine(layout, columns, context));
        for (List<String> record = records.next(); record != null; record = records.next()) {
            if (record.isEmpty() || !isSkipped(record.get(0))) {
                out.add(record, records.line());
            }
        }
        out.finish();
    }

    private void readFixedWidth(TextLines lines) throws IOException {
        for (int i = 0; i < layout.headerLines() && lines.next() != null; i++) {
            // Header lines carry no money.
        }
        RecordColumns columns = RecordColumns.ofSpans(specs());
        Lines out = new Lines(new RecordLine(layout, columns, context));
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (!line.isBlank() && !isSkipped(line)) {
                out.add(columns.cut(line), lines.number());
            }
        }
        out.finish();
    }

    private boolean isSkipped(String first) {
        return !layout.skipStart().isEmpty() && first.strip().startsWith(layout.skipStart());
    }

    /** Every column the layout reads, so that named ones are found in the header before the first line. */
    private List<ColumnSpec> specs() {
        List<ColumnSpec> specs = new ArrayList<>();
        specs.add(layout.date());
        AmountScheme amounts = layout.amounts();
        if (amounts instanceof AmountScheme.Signed signed) {
            specs.add(signed.amount());
        } else if (amounts instanceof AmountScheme.DebitCredit split) {
            specs.add(split.debit());
            specs.add(split.credit());
        } else if (amounts instanceof AmountScheme.Flagged flagged) {
            specs.add(flagged.amount());
            specs.add(flagged.direction());
        }
        LayoutParser.TEXT_COLUMNS.forEach(setting -> layout.column(setting).ifPresent(specs::add));
        return specs;
    }

    /** Hands each readable record to its account's statement, and each unreadable one to the sink as a problem. */
    private final class Lines {

        private final RecordLine recordLine;
        private final AccountStatements statements;

        Lines(RecordLine recordLine) {
            this.recordLine = recordLine;
            this.statements = new AccountStatements(context, sink, layout.currency(), layout.newestFirst());
        }

        void add(List<String> record, long number) {
            StatementLine line;
            Long balance;
            try {
                line = recordLine.line(record, number);
                balance = recordLine.balance(record, number);
            } catch (ProblemException e) {
                e.problems().forEach(sink::problem);
                return;
            }
            statements.add(recordLine.account(record), line, balance);
        }

        void finish() {
            statements.finish();
        }
    }
}
