package org.coffer.plugins.cardacquirer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;
import org.coffer.plugin.api.format.TextLines;
import org.coffer.plugins.csv.CsvRecords;

/**
 * Reads a whole merchant file: the optional period line, the header, then the rows. Each run of rows for one
 * merchant id is a statement of that merchant for the file's period; the file states no totals. A row that cannot
 * be read is reported with its line and reading goes on, so that the person sees every problem in the file.
 */
final class MerchantFileReader {

    private final FormatContext context;
    private final FileSink sink;
    private Period period = Period.NONE;
    private String merchant;

    private MerchantFileReader(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
    }

    static void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        new MerchantFileReader(context, sink).read(new CsvRecords(new TextLines(in, context.charset())));
    }

    private void read(CsvRecords records) throws IOException {
        try {
            MerchantColumns columns = header(records);
            MerchantRow rows = new MerchantRow(columns);
            for (List<String> row = records.next(); row != null; row = records.next()) {
                read(rows, columns, row, records.line());
            }
            if (merchant == null) {
                throw refusal(Location.wholeFile(), CardAcquirerErrorCode.BARCLAYCARD_NO_TRANSACTIONS,
                        "the file has a header but no transactions");
            }
            sink.endStatement(ControlFigures.none());
        } catch (TextLines.UnreadableTextException e) {
            throw refusal(Location.line(e.line()), CardAcquirerErrorCode.BARCLAYCARD_NOT_A_MERCHANT_FILE,
                    e.getMessage());
        } catch (CsvRecords.UnterminatedQuoteException e) {
            throw refusal(Location.line(records.line()), CardAcquirerErrorCode.BARCLAYCARD_BAD_ROW, e.getMessage());
        }
    }

    /** The header, after the period line when there is one. */
    private MerchantColumns header(CsvRecords records) throws IOException, CsvRecords.UnterminatedQuoteException {
        List<String> first = records.next();
        if (first == null) {
            throw refusal(Location.wholeFile(), CardAcquirerErrorCode.BARCLAYCARD_NOT_A_MERCHANT_FILE,
                    "the file is empty");
        }
        List<String> header = first;
        if (first.size() == 1 && Period.isPreamble(first.get(0))) {
            period = field(records.line(), () -> Period.parse(first.get(0)));
            header = records.next();
        }
        if (header == null || !MerchantColumns.isHeader(String.join(",", header))) {
            throw refusal(Location.line(Math.max(1, records.line())),
                    CardAcquirerErrorCode.BARCLAYCARD_NOT_A_MERCHANT_FILE, "no Barclaycard merchant file header "
                    + "(with Transaction type, Acquirer reference number and Merchant ID columns) where expected");
        }
        List<String> names = header;
        return field(records.line(), () -> MerchantColumns.of(names));
    }

    private void read(MerchantRow rows, MerchantColumns columns, List<String> row, long line) {
        if (!columns.fits(row)) {
            sink.problem(context.problem(Location.line(line), "", CardAcquirerErrorCode.BARCLAYCARD_BAD_ROW,
                    "the row has " + row.size() + " fields where the header has " + columns.width));
            return;
        }
        try {
            StatementLine statementLine = rows.line(row, line);
            startFor(row.get(columns.merchantId).strip(), statementLine, line);
            sink.line(statementLine);
        } catch (InvalidFieldException e) {
            sink.problem(context.problem(Location.line(line), e.field(), e.code(), e.getMessage()));
        }
    }

    /** Opens the merchant's statement at its first row, closing the previous merchant's. */
    private void startFor(String merchantId, StatementLine first, long line) {
        if (merchantId.equals(merchant)) {
            return;
        }
        if (merchant != null) {
            sink.endStatement(ControlFigures.none());
        }
        merchant = merchantId;
        sink.startStatement(new StatementStart(Location.line(line), merchantId, period.sequence(),
                first.amount().currency(), period.from(), period.to()));
    }

    /** A value from the lines before the rows; a problem there stops the reading. */
    private <T> T field(long line, FieldReader<T> reader) {
        try {
            return reader.read();
        } catch (InvalidFieldException e) {
            throw new ProblemException(context.problem(Location.line(line), e.field(), e.code(), e.getMessage()));
        }
    }

    private interface FieldReader<T> {
        T read() throws InvalidFieldException;
    }

    private ProblemException refusal(Location location, CardAcquirerErrorCode code, String message) {
        return new ProblemException(context.problem(location, "", code, message));
    }
}
