package org.coffer.plugins.camt;

import java.io.IOException;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;

/**
 * Reads one report ({@code Stmt}, {@code Ntfctn}) and hands it to the sink as a statement as it goes: the opening
 * when the first line is ready, each line, then the closing figures. A report whose opening cannot be made is
 * reported and its lines dropped, while its entries are still read so that the person sees their problems too.
 */
final class ReportReader {

    private enum State { NOT_STARTED, STARTED, DROPPED }

    private final XmlCursor cursor;
    private final FormatContext context;
    private final FileSink sink;
    private final CamtMessage message;
    private final EntryReader entryReader;
    private final EntryLines entryLines;
    private final ReportFigures figures;

    ReportReader(XmlCursor cursor, FormatContext context, FileSink sink, CamtMessage message) {
        this.cursor = cursor;
        this.context = context;
        this.sink = sink;
        this.message = message;
        this.entryReader = new EntryReader(cursor);
        this.entryLines = new EntryLines(context, sink, message.codes());
        this.figures = new ReportFigures(context, sink, message.codes());
    }

    /** Reads the report the cursor stands on, the {@code number}th of its message, up to its end. */
    void read(int number) throws IOException {
        cursor.number(number);
        Report report = new Report(new ReportFields(message.report() + "[" + number + "]", cursor.line()));
        ReportFields fields = report.fields;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Id" -> fields.id = cursor.text();
                case "ElctrncSeqNb" -> fields.electronicSequence = cursor.text();
                case "LglSeqNb" -> fields.legalSequence = cursor.text();
                case "FrToDt" -> readPeriod(fields);
                case "Acct" -> readAccount(fields);
                case "Bal" -> readBalance(fields, ++report.balances);
                case "TxsSummry" -> readSummary(fields);
                case "Ntry" -> readEntry(report, ++report.entries);
                default -> cursor.skip();
            }
        }
        start(report, report.entryCurrency);
        if (report.state == State.STARTED) {
            sink.endStatement(figures.figures(fields, report.currency, report.itemised, report.mixedDirections));
        }
    }

    /** One report while it is read. */
    private static final class Report {
        final ReportFields fields;
        State state = State.NOT_STARTED;
        ReportHeader header;
        String currency;
        /** The first entry's currency, for a report without lines whose account and balances name none. */
        String entryCurrency;
        int balances;
        int entries;
        boolean itemised;
        boolean mixedDirections;

        Report(ReportFields fields) {
            this.fields = fields;
        }
    }

    private void readEntry(Report report, int number) throws IOException {
        cursor.number(number);
        EntryFields entry = entryReader.read(report.fields.path + "/Ntry[" + number + "]");
        if (report.entryCurrency == null) {
            report.entryCurrency = entry.currency();
        }
        ReportHeader header = header(report);
        EntryLines.Result result = entryLines.lines(entry, header == null ? null : header.lastDay());
        report.itemised |= result.itemised();
        report.mixedDirections |= result.mixedDirections();
        for (StatementLine line : result.lines()) {
            start(report, line.amount().currency());
            if (report.state == State.STARTED) {
                sink.line(line);
            }
        }
    }

    /** The report's header, made once from what has been read by the first entry; {@code null} if dropped. */
    private ReportHeader header(Report report) {
        if (report.header == null && report.state == State.NOT_STARTED) {
            try {
                report.header = ReportHeader.of(report.fields, message.noun());
            } catch (InvalidFieldException e) {
                drop(report, e);
            }
        }
        return report.header;
    }

    private void start(Report report, String firstLineCurrency) {
        ReportHeader header = header(report);
        if (report.state != State.NOT_STARTED) {
            return;
        }
        try {
            StatementStart start = header.start(firstLineCurrency);
            sink.startStatement(start);
            report.currency = start.currency();
            report.state = State.STARTED;
        } catch (InvalidFieldException e) {
            drop(report, e);
        }
    }

    private void drop(Report report, InvalidFieldException e) {
        report.state = State.DROPPED;
        sink.problem(context.problem(new Location(report.fields.line, report.fields.path), e.field(),
                message.codes().of(e.fault()), e.getMessage()));
    }

    private void readPeriod(ReportFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "FrDtTm" -> fields.fromDateTime = cursor.text();
                case "ToDtTm" -> fields.toDateTime = cursor.text();
                default -> cursor.skip();
            }
        }
    }

    private void readAccount(ReportFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Id" -> readAccountId(fields);
                case "Ccy" -> fields.accountCurrency = cursor.text();
                default -> cursor.skip();
            }
        }
    }

    /** {@code IBAN}, or {@code Othr/Id} for accounts without one. */
    private void readAccountId(ReportFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "IBAN" -> fields.iban = cursor.text();
                case "Othr" -> fields.otherAccountId = cursor.childText("Id");
                default -> cursor.skip();
            }
        }
    }

    /** A statement's {@code Bal}; a notification has none, so one there is skipped like any unknown element. */
    private void readBalance(ReportFields fields, int number) throws IOException {
        if (!message.balances()) {
            cursor.skip();
            return;
        }
        cursor.number(number);
        ReportFields.Balance balance = new ReportFields.Balance(number, cursor.line());
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Tp" -> balance.type = balanceType();
                case "Amt" -> {
                    balance.currency = cursor.attribute("Ccy");
                    balance.amount = cursor.text();
                }
                case "CdtDbtInd" -> balance.creditDebit = cursor.text();
                case "Dt" -> balance.date = cursor.childText("Dt", "DtTm");
                default -> cursor.skip();
            }
        }
        String type = balance.type == null ? "" : balance.type.strip();
        switch (type) {
            case "OPBD" -> fields.opening = balance;
            case "PRCD" -> fields.previouslyClosed = balance;
            case "CLBD" -> fields.closing = balance;
            default -> {
                // available, forward and interim balances are not statement control figures
            }
        }
    }

    /** {@code Tp/CdOrPrtry/Cd}. */
    private String balanceType() throws IOException {
        String type = null;
        while (cursor.nextChild()) {
            if ("CdOrPrtry".equals(cursor.localName())) {
                type = cursor.childText("Cd");
            } else {
                cursor.skip();
            }
        }
        return type;
    }

    private void readSummary(ReportFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "TtlNtries" -> readTotals(fields.allEntries);
                case "TtlCdtNtries" -> readTotals(fields.creditEntries);
                case "TtlDbtNtries" -> readTotals(fields.debitEntries);
                default -> cursor.skip();
            }
        }
    }

    private void readTotals(ReportFields.Totals totals) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "NbOfNtries" -> totals.count = cursor.text();
                case "Sum" -> totals.sum = cursor.text();
                default -> cursor.skip();
            }
        }
    }
}
