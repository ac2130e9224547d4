package org.coffer.plugins.govukpay;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.TextLines;
import org.coffer.plugins.csv.CsvRecords;

/**
 * Reads a whole report: the header, then each row into lines of one statement. A row that cannot be read is
 * reported with its line and reading goes on, so that the person sees every problem in the file.
 */
final class ReportReader {

    private final FormatContext context;
    private final FileSink sink;

    private ReportReader(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
    }

    static void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        new ReportReader(context, sink).read(new CsvRecords(new TextLines(in, context.charset())));
    }

    private void read(CsvRecords records) throws IOException {
        try {
            ReportColumns columns = header(records);
            ReportRow rows = new ReportRow(columns);
            PendingStatement statement = new PendingStatement(sink);
            for (List<String> row = records.next(); row != null; row = records.next()) {
                for (StatementLine line : lines(rows, row, columns.width, records.line())) {
                    statement.add(line);
                }
            }
            statement.end();
        } catch (TextLines.UnreadableTextException e) {
            throw refusal(Location.line(e.line()), GovUkPayErrorCode.GOVUK_PAY_NOT_A_REPORT, e.getMessage());
        } catch (CsvRecords.UnterminatedQuoteException e) {
            throw refusal(Location.line(records.line()), GovUkPayErrorCode.GOVUK_PAY_BAD_ROW, e.getMessage());
        }
    }

    private ReportColumns header(CsvRecords records) throws IOException, CsvRecords.UnterminatedQuoteException {
        List<String> header = records.next();
        if (header == null) {
            throw refusal(Location.wholeFile(), GovUkPayErrorCode.GOVUK_PAY_NOT_A_REPORT, "the file is empty");
        }
        if (!ReportColumns.isReportHeader(String.join(",", header))) {
            throw refusal(Location.line(records.line()), GovUkPayErrorCode.GOVUK_PAY_NOT_A_REPORT,
                    "the first line is not a GOV.UK Pay report header (with State, Date Created and "
                            + ReportColumns.PAYMENT_ID + " columns)");
        }
        try {
            return ReportColumns.of(header);
        } catch (InvalidFieldException e) {
            throw new ProblemException(context.problem(Location.line(records.line()), e.field(), e.code(),
                    e.getMessage()));
        }
    }

    private List<StatementLine> lines(ReportRow rows, List<String> row, int width, long line) {
        if (row.size() != width) {
            sink.problem(context.problem(Location.line(line), "", GovUkPayErrorCode.GOVUK_PAY_BAD_ROW, "the row has "
                    + row.size() + " fields where the header has " + width));
            return List.of();
        }
        try {
            return rows.lines(row, line);
        } catch (InvalidFieldException e) {
            sink.problem(context.problem(Location.line(line), e.field(), e.code(), e.getMessage()));
            return List.of();
        }
    }

    private ProblemException refusal(Location location, GovUkPayErrorCode code, String message) {
        return new ProblemException(context.problem(location, "", code, message));
    }
}
