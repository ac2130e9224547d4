package org.coffer.plugins.bai2;

import java.io.IOException;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;

/**
 * Turns the records of one BAI2 file into statements for the sink, one per account per group, and checks every
 * trailer's control total and record count against what was read. Problems in a record are reported and reading
 * goes on; a file that does not start with {@code 01}, or ends before its {@code 99}, is refused.
 */
final class Bai2Reader {

    private final FormatContext context;
    private final FileSink sink;
    private final Trailers trailers;
    private final Tally file = new Tally();
    private String fileId = "";
    private boolean fileEnded;
    private OpenGroup group;
    private OpenAccount account;

    Bai2Reader(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
        this.trailers = new Trailers(context, sink);
    }

    void readAll(LogicalRecords records, PhysicalRecords physical) throws IOException {
        Bai2Record record = records.next();
        if (record == null) {
            throw refusal(Location.wholeFile(), Bai2ErrorCode.BAI2_EMPTY_FILE,
                    "the file is empty: expected a BAI2 file starting with 01");
        }
        if (!record.code().equals("01")) {
            throw refusal(Location.line(record.line()), Bai2ErrorCode.BAI2_NOT_A_RECORD,
                    "expected a BAI2 file header record (01) first");
        }
        handle(record, this::fileHeader);
        for (record = records.next(); record != null; record = records.next()) {
            handle(record, this::dispatch);
        }
        if (!fileEnded) {
            String open = account != null ? "an account (49)" : group != null ? "a group (98)" : "the file (99)";
            throw refusal(Location.line(Math.max(1, physical.lastLine())), Bai2ErrorCode.BAI2_MISSING_TRAILER,
                    "the file ends inside " + open + ": expected the trailers up to 99 (is the file cut short?)");
        }
    }

    /** Reads one record the given way, reporting a problem in it and going on. */
    private void handle(Bai2Record record, RecordHandler handler) {
        try {
            handler.handle(record);
        } catch (RecordException e) {
            sink.problem(context.problem(Location.line(record.line()), e.field(), e.code(), e.getMessage()));
        }
    }

    private void dispatch(Bai2Record record) throws RecordException {
        if (fileEnded) {
            throw outOfOrder(record, "after the file trailer (99): expected nothing more");
        }
        switch (record.code()) {
            case "01" -> throw outOfOrder(record, "a second file header: expected one 01 per file");
            case "02" -> startGroup(record);
            case "03" -> startAccount(record);
            case "16" -> detail(record);
            case "49" -> endAccount(record);
            case "98" -> endGroup(record);
            case "99" -> endFile(record);
            case "88" -> throw outOfOrder(record, "continues no record: expected 88 only after another record");
            default -> throw new RecordException(Bai2ErrorCode.BAI2_UNKNOWN_RECORD, "record code", "'"
                    + record.code() + "' is not a BAI2 record: expected 01, 02, 03, 16, 88, 49, 98 or 99");
        }
    }

    private void fileHeader(Bai2Record record) throws RecordException {
        file.countRecords(record.physicalRecords());
        Fields fields = record.fields();
        for (int i = 0; i < 4; i++) {
            fields.next();
        }
        fileId = fields.next().strip();
        fields.next();
        fields.next();
        String version = fields.next().strip();
        if (!version.equals("2")) {
            throw new RecordException(Bai2ErrorCode.BAI2_UNSUPPORTED_VERSION, "01 version number", "'" + version
                    + "': expected 2, this reader reads BAI version 2 only");
        }
    }

    private void startGroup(Bai2Record record) throws RecordException {
        if (group != null) {
            closeGroupWithoutTrailer(record);
        }
        group = new OpenGroup();
        group.tally().countRecords(record.physicalRecords());
        group.readHeader(record);
    }

    private void startAccount(Bai2Record record) throws RecordException {
        if (group == null) {
            throw outOfOrder(record, "an account outside a group: expected 02 before 03");
        }
        if (account != null) {
            closeAccountWithoutTrailer(record);
        }
        account = new OpenAccount();
        account.tally().countRecords(record.physicalRecords());
        AccountHeader header = AccountHeader.parse(record);
        account.tally().addAmount(header.amountTotal());
        if (group.asOfDate() == null) {
            return;
        }
        String code = !header.currency().isEmpty() ? header.currency()
                : !group.currency().isEmpty() ? group.currency() : Bai2Currency.DEFAULT;
        Bai2Currency currency = Bai2Currency.of(code, header.currency().isEmpty() ? "02 currency" : "03 currency");
        Money opening = header.opening() == null ? null
                : Money.of(currency.minorUnits(header.opening(), "03 opening ledger"), code);
        Money closing = header.closing() == null ? null
                : Money.of(currency.minorUnits(header.closing(), "03 closing ledger"), code);
        sink.startStatement(new StatementStart(Location.line(record.line()), header.account(),
                fileId, code, group.asOfDate(), group.asOfDate()));
        account.started(currency, opening, closing);
    }

    private void detail(Bai2Record record) throws RecordException {
        if (account == null) {
            throw outOfOrder(record, "a transaction outside an account: expected 03 before 16");
        }
        account.tally().countRecords(record.physicalRecords());
        account.countDetail();
        Detail detail = Detail.parse(record);
        account.tally().addAmount(detail.amount());
        if (!account.started()) {
            return;
        }
        Bai2Currency currency = account.currency();
        TypeCodes.Classification classification = TypeCodes.classify(detail.typeCode(), detail.text());
        sink.line(StatementLine.builder()
                .location(Location.line(record.line()))
                .valueDate(detail.valueDate() != null ? detail.valueDate() : group.asOfDate())
                .bookingDate(group.asOfDate())
                .amount(Money.of(currency.minorUnits(detail.amount(), "16 amount"), currency.code()))
                .direction(detail.direction())
                .kind(classification.kind())
                .channel(classification.channel())
                .reference(detail.customerReference().isEmpty() ? detail.text() : detail.customerReference())
                .narrative(detail.text())
                .bankReference(detail.bankReference())
                .transactionCode(Integer.toString(detail.typeCode()))
                .build());
    }

    private void endAccount(Bai2Record record) throws RecordException {
        if (account == null) {
            throw outOfOrder(record, "an account trailer with no account open: expected 03 before 49");
        }
        OpenAccount closing = account;
        account = null;
        closing.tally().countRecords(record.physicalRecords());
        closing.end(sink);
        long stated = trailers.checkAccount(record, closing.tally());
        group.tally().addChild(closing.tally(), stated);
    }

    private void endGroup(Bai2Record record) throws RecordException {
        if (group == null || account != null) {
            throw outOfOrder(record, group == null ? "a group trailer with no group open: expected 02 before 98"
                    : "a group trailer inside an account: expected 49 before 98");
        }
        OpenGroup closing = group;
        group = null;
        closing.tally().countRecords(record.physicalRecords());
        long stated = trailers.checkGroup(record, closing.tally());
        file.addChild(closing.tally(), stated);
    }

    private void endFile(Bai2Record record) throws RecordException {
        if (group != null) {
            throw outOfOrder(record, "the file trailer inside a group: expected 98 before 99");
        }
        fileEnded = true;
        file.countRecords(record.physicalRecords());
        trailers.checkFile(record, file);
    }

    private void closeAccountWithoutTrailer(Bai2Record record) {
        sink.problem(context.problem(Location.line(record.line()), "49 account trailer",
                Bai2ErrorCode.BAI2_OUT_OF_ORDER, "the account before this one has no trailer: expected 49 before 03"));
        account.end(sink);
        account = null;
    }

    private void closeGroupWithoutTrailer(Bai2Record record) {
        sink.problem(context.problem(Location.line(record.line()), "98 group trailer",
                Bai2ErrorCode.BAI2_OUT_OF_ORDER, "the group before this one has no trailer: expected 98 before 02"));
        if (account != null) {
            account.end(sink);
            account = null;
        }
        group = null;
    }

    /** Reads a record of one kind. */
    @FunctionalInterface
    private interface RecordHandler {
        void handle(Bai2Record record) throws RecordException;
    }

    private static RecordException outOfOrder(Bai2Record record, String message) {
        return new RecordException(Bai2ErrorCode.BAI2_OUT_OF_ORDER, record.code() + " record", message);
    }

    private ProblemException refusal(Location location, Bai2ErrorCode code, String message) {
        return new ProblemException(context.problem(location, null, code, message));
    }
}
