package org.coffer.plugins.mt940;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.StatementLine;

/**
 * Turns the fields of one MT940 file into statements and lines for the sink. A {@code :61:} is held until the next
 * field, which may be its {@code :86:}. Problems in a field are reported and reading goes on; a file that ends in
 * the middle of a statement, or holds none, is refused.
 */
final class StatementReader implements SwiftFields.Handler {

    /** What banks write in the :61: reference when the account owner gave none; German banks leave {@code KREF+}. */
    private static final Set<String> NO_REFERENCE = Set.of("NONREF", "KREF+");

    private static final String REFERENCE = ":20: transaction reference";
    private static final String CLOSING = ":62F: closing balance";

    private final FormatContext context;
    private final FileSink sink;
    private OpenStatement statement;
    private Transaction held;
    private long heldLine;
    private int statements;

    StatementReader(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
    }

    @Override
    public void field(String tag, long line, String value, List<String> continuation) {
        if (held != null && tag.equals("86")) {
            emitHeld(Information.parse(value, continuation));
            return;
        }
        emitHeld(Information.NONE);
        switch (tag) {
            case "20" -> startMessage(line);
            case "25" -> openStatement(tag, line).account(value);
            case "28", "28C" -> openStatement(tag, line).sequence(value);
            case "60F", "60M" -> opening(tag, line, value);
            case "61" -> transaction(line, value, continuation);
            case "62F", "62M" -> closing(tag, line, value);
            default -> {
                // :21:, :64:, :65:, :86: about the statement as a whole and unknown tags carry no money.
            }
        }
    }

    @Override
    public void messageEnd(long line) {
        emitHeld(Information.NONE);
        finishMessage(line);
    }

    /** Ends the file: the last statement must be complete, and there must have been one. */
    void endOfFile(long lastLine, boolean anyText) {
        emitHeld(Information.NONE);
        if (statement != null && !statement.closed()) {
            throw new ProblemException(context.problem(Location.line(Math.max(lastLine, 1)), CLOSING,
                    Mt940ErrorCode.MT940_MISSING_CLOSING_BALANCE, "the file ends inside the statement that starts at"
                            + " line " + statement.startLine() + ": expected :62F: or :62M: (is the file cut short?)"));
        }
        finishMessage(lastLine);
        if (statements == 0) {
            throw new ProblemException(anyText
                    ? context.problem(Location.wholeFile(), REFERENCE, Mt940ErrorCode.MT940_NO_STATEMENT,
                            "no MT940 statement found: expected a :20: tag followed by :25:, :60F:, :61: and :62F:")
                    : context.problem(Location.wholeFile(), null, Mt940ErrorCode.MT940_EMPTY_FILE,
                            "the file is empty: expected an MT940 statement starting with :20:"));
        }
    }

    private void startMessage(long line) {
        finishMessage(line);
        statement = new OpenStatement(line);
        statements++;
    }

    /** The statement a tag belongs to; a tag outside one starts one, after saying that :20: was missing. */
    private OpenStatement openStatement(String tag, long line) {
        if (statement == null) {
            report(line, REFERENCE, Mt940ErrorCode.MT940_MISSING_FIELD,
                    "':" + tag + ":' comes first: expected :20: to start each statement");
            startMessage(line);
        }
        return statement;
    }

    private void opening(String tag, long line, String value) {
        OpenStatement open = openStatement(tag, line);
        try {
            Balance balance = Balance.parse(tag, value);
            open.opening(balance, SwiftAmount.decimalsOf(balance.currency(), ":" + tag + ": currency"));
        } catch (FieldException e) {
            report(line, e);
        }
    }

    private void closing(String tag, long line, String value) {
        OpenStatement open = openStatement(tag, line);
        Balance balance = null;
        try {
            balance = Balance.parse(tag, value);
        } catch (FieldException e) {
            report(line, e);
        }
        if (balance != null && open.hasOpening()) {
            if (!balance.currency().equals(open.currency())) {
                report(line, ":" + tag + ": currency", Mt940ErrorCode.MT940_BAD_CURRENCY, "'" + balance.currency()
                        + "': expected " + open.currency() + " as in the opening balance");
                balance = null;
            } else if (balance.date().isBefore(open.from())) {
                report(line, ":" + tag + ": date", Mt940ErrorCode.MT940_BAD_DATE, "'" + balance.date()
                        + "' is before the opening balance date " + open.from());
            }
        }
        open.close(balance);
    }

    private void transaction(long line, String value, List<String> continuation) {
        OpenStatement open = openStatement("61", line);
        open.countTransaction();
        if (!open.hasOpening()) {
            report(line, ":61: statement line", Mt940ErrorCode.MT940_LINE_BEFORE_OPENING_BALANCE,
                    "comes before the opening balance: expected :60F: or :60M: first");
            return;
        }
        try {
            held = Transaction.parse(value, continuation.isEmpty() ? "" : continuation.get(0), open.decimals(),
                    open.currency());
            heldLine = line;
        } catch (FieldException e) {
            report(line, e);
        }
    }

    private void emitHeld(Information information) {
        if (held != null) {
            emit(held, heldLine, information);
            held = null;
        }
    }

    private void emit(Transaction transaction, long line, Information information) {
        UkChannels.Classification classification = UkChannels.classify(transaction, information);
        String customerReference = transaction.customerReference();
        boolean ownReference = !customerReference.isEmpty() && !NO_REFERENCE.contains(customerReference);
        String narrative = information.narrative().isEmpty() ? transaction.supplementary() : information.narrative();
        statement.add(StatementLine.builder()
                .location(Location.line(line))
                .valueDate(transaction.valueDate())
                .bookingDate(transaction.entryDate())
                .amount(Money.of(transaction.pence(), statement.currency()))
                .direction(transaction.direction())
                .kind(classification.kind())
                .channel(classification.channel())
                .reference(ownReference ? customerReference : information.remittance())
                .narrative(narrative)
                .counterparty(information.counterparty())
                .bankReference(transaction.bankReference())
                .transactionCode(transaction.typeCode())
                .build(), sink);
    }

    private void finishMessage(long line) {
        if (statement == null) {
            return;
        }
        if (statement.account().isEmpty()) {
            report(statement.startLine(), ":25: account", Mt940ErrorCode.MT940_MISSING_FIELD,
                    "the statement that starts here has none: expected :25: after :20:");
        }
        if (!statement.hasOpening()) {
            report(statement.startLine(), ":60F: opening balance", Mt940ErrorCode.MT940_MISSING_FIELD,
                    "the statement that starts here has none: expected :60F: or :60M:");
        }
        if (!statement.closed()) {
            report(line, CLOSING, Mt940ErrorCode.MT940_MISSING_CLOSING_BALANCE, "the statement that starts at line "
                    + statement.startLine() + " ends without one: expected :62F: or :62M:");
        }
        statement.end(sink);
        statement = null;
    }

    private void report(long line, FieldException e) {
        report(line, e.field(), e.code(), e.getMessage());
    }

    private void report(long line, String field, Mt940ErrorCode code, String message) {
        sink.problem(context.problem(Location.line(line), field, code, message));
    }
}
