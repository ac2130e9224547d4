package org.coffer.plugins.camt053;

import java.io.IOException;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;
import org.coffer.plugins.camt.EntryFields;
import org.coffer.plugins.camt.EntryLines;
import org.coffer.plugins.camt.EntryReader;
import org.coffer.plugins.camt.InvalidFieldException;
import org.coffer.plugins.camt.XmlCursor;

/**
 * Reads one {@code Stmt} and hands it to the sink as it goes: the opening when the first line is ready, each
 * line, then the closing figures. A statement whose opening cannot be made is reported and its lines dropped,
 * while its entries are still read so that the person sees their problems too.
 */
final class StatementReader {

    private enum State { NOT_STARTED, STARTED, DROPPED }

    private final XmlCursor cursor;
    private final FormatContext context;
    private final FileSink sink;
    private final EntryReader entryReader;
    private final EntryLines entryLines;
    private final StatementFigures statementFigures;

    StatementReader(XmlCursor cursor, FormatContext context, FileSink sink) {
        this.cursor = cursor;
        this.context = context;
        this.sink = sink;
        this.entryReader = new EntryReader(cursor);
        this.entryLines = new EntryLines(context, sink, Camt053ErrorCode.CODES);
        this.statementFigures = new StatementFigures(context, sink);
    }

    /** Reads the statement the cursor stands on, the {@code number}th of its message, up to its end. */
    void read(int number) throws IOException {
        cursor.number(number);
        Statement statement = new Statement(new StatementFields("Stmt[" + number + "]", cursor.line()));
        StatementFields fields = statement.fields;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Id" -> fields.id = cursor.text();
                case "ElctrncSeqNb" -> fields.electronicSequence = cursor.text();
                case "LglSeqNb" -> fields.legalSequence = cursor.text();
                case "FrToDt" -> readPeriod(fields);
                case "Acct" -> readAccount(fields);
                case "Bal" -> readBalance(fields, ++statement.balances);
                case "TxsSummry" -> readSummary(fields);
                case "Ntry" -> readEntry(statement, ++statement.entries);
                default -> cursor.skip();
            }
        }
        start(statement, null);
        if (statement.state == State.STARTED) {
            sink.endStatement(statementFigures.figures(fields, statement.currency, statement.itemised,
                    statement.mixedDirections));
        }
    }

    /** One statement while it is read. */
    private static final class Statement {
        final StatementFields fields;
        State state = State.NOT_STARTED;
        StatementHeader header;
        String currency;
        int balances;
        int entries;
        boolean itemised;
        boolean mixedDirections;

        Statement(StatementFields fields) {
            this.fields = fields;
        }
    }

    private void readEntry(Statement statement, int number) throws IOException {
        cursor.number(number);
        EntryFields entry = entryReader.read(statement.fields.path + "/Ntry[" + number + "]");
        StatementHeader header = header(statement);
        EntryLines.Result result = entryLines.lines(entry, header == null ? null : header.lastDay());
        statement.itemised |= result.itemised();
        statement.mixedDirections |= result.mixedDirections();
        for (StatementLine line : result.lines()) {
            start(statement, line.amount().currency());
            if (statement.state == State.STARTED) {
                sink.line(line);
            }
        }
    }

    /** The statement's header, made once from what has been read by the first entry; {@code null} if dropped. */
    private StatementHeader header(Statement statement) {
        if (statement.header == null && statement.state == State.NOT_STARTED) {
            try {
                statement.header = StatementHeader.of(statement.fields);
            } catch (InvalidFieldException e) {
                drop(statement, e);
            }
        }
        return statement.header;
    }

    private void start(Statement statement, String firstLineCurrency) {
        StatementHeader header = header(statement);
        if (statement.state != State.NOT_STARTED) {
            return;
        }
        try {
            StatementStart start = header.start(firstLineCurrency);
            sink.startStatement(start);
            statement.currency = start.currency();
            statement.state = State.STARTED;
        } catch (InvalidFieldException e) {
            drop(statement, e);
        }
    }

    private void drop(Statement statement, InvalidFieldException e) {
        statement.state = State.DROPPED;
        sink.problem(context.problem(new Location(statement.fields.line, statement.fields.path), e.field(),
                Camt053ErrorCode.CODES.of(e.fault()), e.getMessage()));
    }

    private void readPeriod(StatementFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "FrDtTm" -> fields.fromDateTime = cursor.text();
                case "ToDtTm" -> fields.toDateTime = cursor.text();
                default -> cursor.skip();
            }
        }
    }

    private void readAccount(StatementFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Id" -> readAccountId(fields);
                case "Ccy" -> fields.accountCurrency = cursor.text();
                default -> cursor.skip();
            }
        }
    }

    /** {@code IBAN}, or {@code Othr/Id} for accounts without one. */
    private void readAccountId(StatementFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "IBAN" -> fields.iban = cursor.text();
                case "Othr" -> fields.otherAccountId = cursor.childText("Id");
                default -> cursor.skip();
            }
        }
    }

    private void readBalance(StatementFields fields, int number) throws IOException {
        cursor.number(number);
        StatementFields.Balance balance = new StatementFields.Balance(number, cursor.line());
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

    private void readSummary(StatementFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "TtlNtries" -> readTotals(fields.allEntries);
                case "TtlCdtNtries" -> readTotals(fields.creditEntries);
                case "TtlDbtNtries" -> readTotals(fields.debitEntries);
                default -> cursor.skip();
            }
        }
    }

    private void readTotals(StatementFields.Totals totals) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "NbOfNtries" -> totals.count = cursor.text();
                case "Sum" -> totals.sum = cursor.text();
                default -> cursor.skip();
            }
        }
    }
}
