package org.coffer.plugins.camt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugins.camt.InvalidFieldException.Fault;

/**
 * Turns one entry as read into statement lines: none for an entry that is not booked money, one per transaction
 * detail for a batch whose details carry amounts, else one for the entry. A value that cannot be used becomes a
 * problem for the sink and the entry gives no lines.
 */
public final class EntryLines {

    /** The dates every line of an entry shares. */
    private record Dates(LocalDate value, LocalDate booking) {
        StatementLine.Builder line() {
            return StatementLine.builder().valueDate(value).bookingDate(booking);
        }
    }

    /** What an entry gave. {@code itemised}: the lines are its details, not the entry itself. */
    public record Result(List<StatementLine> lines, boolean itemised, boolean mixedDirections) {
        static final Result NONE = new Result(List.of(), false, false);
    }

    private final FormatContext context;
    private final FileSink sink;
    private final CamtCodes codes;

    public EntryLines(FormatContext context, FileSink sink, CamtCodes codes) {
        this.context = context;
        this.sink = sink;
        this.codes = codes;
    }

    /**
     * @param fallbackDate the day to use when the entry gives neither value nor booking date (the statement's
     *     last day), or {@code null}
     */
    public Result lines(EntryFields entry, LocalDate fallbackDate) {
        Location location = new Location(entry.line, entry.path);
        try {
            if (!isBookedMoney(entry.status)) {
                return Result.NONE;
            }
            Money amount = CamtAmount.parse("Amt", entry.amount, entry.currency);
            Direction direction = CreditDebit.parse("CdtDbtInd", entry.creditDebit, null);
            LocalDate bookingDate = CamtDate.parse("BookgDt", entry.bookingDate);
            LocalDate valueDate = firstDate(CamtDate.parse("ValDt", entry.valueDate), bookingDate, fallbackDate);
            Dates dates = new Dates(valueDate, bookingDate);
            if (itemises(entry)) {
                return itemised(entry, amount, direction, dates);
            }
            return new Result(List.of(single(entry, location, amount, direction, dates)), false, false);
        } catch (InvalidFieldException e) {
            report(location, e);
            return Result.NONE;
        }
    }

    /** Entries with no status are booked: a statement lists booked entries unless it says otherwise. */
    private static boolean isBookedMoney(String status) throws InvalidFieldException {
        if (status == null) {
            return true;
        }
        return switch (status.strip()) {
            case "BOOK" -> true;
            case "PDNG", "INFO", "FUTR" -> false;
            default -> throw new InvalidFieldException("Sts", Fault.BAD_VALUE,
                    "'" + status + "' is not an entry status (BOOK, PDNG, INFO or FUTR)");
        };
    }

    private static LocalDate firstDate(LocalDate value, LocalDate booking, LocalDate fallback)
            throws InvalidFieldException {
        LocalDate date = value != null ? value : booking != null ? booking : fallback;
        if (date == null) {
            throw InvalidFieldException.missing("ValDt");
        }
        return date;
    }

    /** A batch, or several details, each with its own amount. */
    private static boolean itemises(EntryFields entry) {
        if (!entry.batch && entry.details.size() < 2) {
            return false;
        }
        for (DetailFields details : entry.details) {
            if (details.amount == null) {
                return false;
            }
        }
        return !entry.details.isEmpty();
    }

    private StatementLine single(EntryFields entry, Location location, Money amount, Direction direction,
            Dates dates) {
        BankTransactionCode code = entry.code;
        for (int i = 0; i < entry.details.size() && !code.isPresent(); i++) {
            code = entry.details.get(i).code;
        }
        String detailsReference = entry.details.isEmpty() ? "" : entry.details.get(0).accountServicerReference;
        return dates.line().location(location)
                .amount(amount)
                .direction(direction)
                .kind(kind(entry, code.channel()))
                .channel(code.channel())
                .transactionCode(code.text())
                .reference(LineText.reference(entry.details))
                .narrative(LineText.narrative(entry, entry.details))
                .counterparty(LineText.counterparty(entry.details, direction))
                .bankReference(LineText.firstOf(entry.accountServicerReference, entry.entryReference, detailsReference))
                .build();
    }

    private Result itemised(EntryFields entry, Money amount, Direction direction, Dates dates) {
        List<StatementLine> lines = new ArrayList<>(entry.details.size());
        long net = 0;
        boolean mixed = false;
        for (DetailFields details : entry.details) {
            Location location = new Location(details.line, entry.path + "/TxDtls[" + details.number + "]");
            try {
                Money detailAmount = CamtAmount.parse("Amt", details.amount, details.currency);
                if (!detailAmount.currency().equals(amount.currency())) {
                    throw new InvalidFieldException("Amt", Fault.BATCH_MISMATCH, "the detail is in "
                            + detailAmount.currency() + " but its entry is in " + amount.currency());
                }
                Direction detailDirection = CreditDebit.parse("CdtDbtInd", details.creditDebit, direction);
                net += detailDirection.sign() * detailAmount.pence();
                mixed |= detailDirection != direction;
                lines.add(detailLine(entry, details, location, detailAmount, detailDirection, dates));
            } catch (InvalidFieldException e) {
                report(location, e);
                return Result.NONE;
            }
        }
        if (net != direction.sign() * amount.pence()) {
            report(new Location(entry.line, entry.path), new InvalidFieldException("Amt", Fault.BATCH_MISMATCH,
                    "the entry's amount, " + signed(amount.pence(), direction, amount.currency())
                    + ", is not the sum of its " + entry.details.size() + " TxDtls, "
                    + signed(Math.abs(net), net < 0 ? Direction.DEBIT : Direction.CREDIT, amount.currency())));
            return Result.NONE;
        }
        return new Result(lines, true, mixed);
    }

    private StatementLine detailLine(EntryFields entry, DetailFields details, Location location, Money amount,
            Direction direction, Dates dates) {
        BankTransactionCode code = details.code.isPresent() ? details.code : entry.code;
        return dates.line().location(location)
                .amount(amount)
                .direction(direction)
                .kind(kind(entry, code.channel()))
                .channel(code.channel())
                .transactionCode(code.text())
                .reference(LineText.reference(details))
                .narrative(LineText.narrative(entry, List.of(details)))
                .counterparty(LineText.counterparty(details, direction))
                .bankReference(LineText.firstOf(details.accountServicerReference, entry.accountServicerReference,
                        entry.entryReference))
                .build();
    }

    private static LineKind kind(EntryFields entry, Channel channel) {
        String reversal = entry.reversal == null ? "" : entry.reversal.strip();
        if (reversal.equals("true") || reversal.equals("1")) {
            return LineKind.REVERSAL;
        }
        return channel == Channel.BANK_CHARGE ? LineKind.FEE : LineKind.PAYMENT;
    }

    private static String signed(long pence, Direction direction, String currency) {
        return (direction == Direction.CREDIT ? "CRDT " : "DBIT ") + Money.of(pence, currency);
    }

    private void report(Location location, InvalidFieldException e) {
        sink.problem(context.problem(location, e.field(), codes.of(e.fault()), e.getMessage()));
    }
}
