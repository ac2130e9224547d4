package org.coffer.plugins.camt054;

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
 * Reads one {@code Ntfctn} and hands it to the sink as a statement as it goes: the opening when the first line is
 * ready, each line, then the closing figures. A notification whose opening cannot be made is reported and its lines
 * dropped, while its entries are still read so that the person sees their problems too.
 */
final class NotificationReader {

    private enum State { NOT_STARTED, STARTED, DROPPED }

    private final XmlCursor cursor;
    private final FormatContext context;
    private final FileSink sink;
    private final EntryReader entryReader;
    private final EntryLines entryLines;
    private final NotificationFigures notificationFigures;

    NotificationReader(XmlCursor cursor, FormatContext context, FileSink sink) {
        this.cursor = cursor;
        this.context = context;
        this.sink = sink;
        this.entryReader = new EntryReader(cursor);
        this.entryLines = new EntryLines(context, sink, Camt054ErrorCode.CODES);
        this.notificationFigures = new NotificationFigures(context, sink);
    }

    /** Reads the notification the cursor stands on, the {@code number}th of its message, up to its end. */
    void read(int number) throws IOException {
        cursor.number(number);
        Notification notification = new Notification(new NotificationFields("Ntfctn[" + number + "]", cursor.line()));
        NotificationFields fields = notification.fields;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Id" -> fields.id = cursor.text();
                case "ElctrncSeqNb" -> fields.electronicSequence = cursor.text();
                case "LglSeqNb" -> fields.legalSequence = cursor.text();
                case "FrToDt" -> readPeriod(fields);
                case "Acct" -> readAccount(fields);
                case "TxsSummry" -> readSummary(fields);
                case "Ntry" -> readEntry(notification, ++notification.entries);
                default -> cursor.skip();
            }
        }
        start(notification, notification.entryCurrency);
        if (notification.state == State.STARTED) {
            sink.endStatement(notificationFigures.figures(fields, notification.currency, notification.itemised,
                    notification.mixedDirections));
        }
    }

    /** One notification while it is read. */
    private static final class Notification {
        final NotificationFields fields;
        State state = State.NOT_STARTED;
        NotificationHeader header;
        String currency;
        /** The first entry's currency, for a notification without lines whose account names none. */
        String entryCurrency;
        int entries;
        boolean itemised;
        boolean mixedDirections;

        Notification(NotificationFields fields) {
            this.fields = fields;
        }
    }

    private void readEntry(Notification notification, int number) throws IOException {
        cursor.number(number);
        EntryFields entry = entryReader.read(notification.fields.path + "/Ntry[" + number + "]");
        if (notification.entryCurrency == null) {
            notification.entryCurrency = entry.currency();
        }
        NotificationHeader header = header(notification);
        EntryLines.Result result = entryLines.lines(entry, header == null ? null : header.lastDay());
        notification.itemised |= result.itemised();
        notification.mixedDirections |= result.mixedDirections();
        for (StatementLine line : result.lines()) {
            start(notification, line.amount().currency());
            if (notification.state == State.STARTED) {
                sink.line(line);
            }
        }
    }

    /** The notification's header, made once from what has been read by the first entry; {@code null} if dropped. */
    private NotificationHeader header(Notification notification) {
        if (notification.header == null && notification.state == State.NOT_STARTED) {
            try {
                notification.header = NotificationHeader.of(notification.fields);
            } catch (InvalidFieldException e) {
                drop(notification, e);
            }
        }
        return notification.header;
    }

    private void start(Notification notification, String firstLineCurrency) {
        NotificationHeader header = header(notification);
        if (notification.state != State.NOT_STARTED) {
            return;
        }
        try {
            StatementStart start = header.start(firstLineCurrency);
            sink.startStatement(start);
            notification.currency = start.currency();
            notification.state = State.STARTED;
        } catch (InvalidFieldException e) {
            drop(notification, e);
        }
    }

    private void drop(Notification notification, InvalidFieldException e) {
        notification.state = State.DROPPED;
        sink.problem(context.problem(new Location(notification.fields.line, notification.fields.path), e.field(),
                Camt054ErrorCode.CODES.of(e.fault()), e.getMessage()));
    }

    private void readPeriod(NotificationFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "FrDtTm" -> fields.fromDateTime = cursor.text();
                case "ToDtTm" -> fields.toDateTime = cursor.text();
                default -> cursor.skip();
            }
        }
    }

    private void readAccount(NotificationFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Id" -> readAccountId(fields);
                case "Ccy" -> fields.accountCurrency = cursor.text();
                default -> cursor.skip();
            }
        }
    }

    /** {@code IBAN}, or {@code Othr/Id} for accounts without one. */
    private void readAccountId(NotificationFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "IBAN" -> fields.iban = cursor.text();
                case "Othr" -> fields.otherAccountId = cursor.childText("Id");
                default -> cursor.skip();
            }
        }
    }

    private void readSummary(NotificationFields fields) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "TtlNtries" -> readTotals(fields.allEntries);
                case "TtlCdtNtries" -> readTotals(fields.creditEntries);
                case "TtlDbtNtries" -> readTotals(fields.debitEntries);
                default -> cursor.skip();
            }
        }
    }

    private void readTotals(NotificationFields.Totals totals) throws IOException {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "NbOfNtries" -> totals.count = cursor.text();
                case "Sum" -> totals.sum = cursor.text();
                default -> cursor.skip();
            }
        }
    }
}
