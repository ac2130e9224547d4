package org.coffer.server.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;
import org.coffer.server.suspense.ItemStory;
import org.coffer.server.suspense.MoneyAction;
import org.coffer.server.suspense.SuspenseItem;
import org.coffer.server.text.Amounts;

/**
 * A suspense item's page: what the bank said, where it stands, the allocation form (kept as typed when refused),
 * notes, what has been done to it, and its postings.
 *
 * @param mayAct whether the viewer may work the item
 * @param error why the last form was refused, or empty
 */
public record SuspenseItemPage(long id, String date, String age, String amount, String open, String account,
        String reference, String narrative, String payer, String status, boolean workable, String lockedBy,
        boolean mine, boolean mayAct, String error, List<String> errorDetails, List<FundChoice> funds,
        List<SuspenseParameters.LineInput> lines, String creditNoteFunds, List<Note> notes, List<Action> actions,
        List<Posting> postings) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /** A fund the form offers. */
    public record FundChoice(String code, String name) {
    }

    public record Note(String writtenBy, String when, String text) {
    }

    public record Action(long id, String kind, String madeBy, String when, String reason, String state,
            boolean undoable) {
    }

    public record Posting(String fund, String account, String amount, String date, String madeBy, String reason) {
    }

    /** What a page needs besides the item: who is looking, and the form as last typed. */
    record Viewing(String actor, boolean mayAct, ZoneId zone, String error, List<String> errorDetails,
            List<SuspenseParameters.LineInput> lines) {
    }

    static SuspenseItemPage of(ItemStory story, Council council, Viewing viewing) {
        SuspenseItem item = story.item();
        String currency = item.currency();
        List<SuspenseParameters.LineInput> lines = new ArrayList<>(viewing.lines());
        if (lines.isEmpty()) {
            lines.add(new SuspenseParameters.LineInput("", "", pounds(item.openPence())));
        }
        return new SuspenseItemPage(item.receiptId(), item.valueDate().toString(),
                Amounts.count(item.ageDays(), "day", "days"), Amounts.format(item.receiptPence(), currency),
                Amounts.format(item.openPence(), currency), item.bankAccount(), item.reference(), item.narrative(),
                item.counterparty(), status(item), item.open() && !item.markedForReturn(), item.lockedBy(),
                item.lockedBy().equals(viewing.actor()), viewing.mayAct(), viewing.error(), viewing.errorDetails(),
                council.funds().stream().filter(f -> !f.isSuspense() && f.enabled())
                        .map(f -> new FundChoice(f.code(), f.name())).toList(),
                lines, String.join(", ", council.funds().stream().filter(Fund::creditNotes).map(Fund::code).toList()),
                story.notes().stream().map(n -> new Note(n.writtenBy(), when(n.writtenAt(), viewing.zone()), n.text()))
                        .toList(),
                story.actions().stream().map(a -> action(a, viewing.zone())).toList(),
                story.postings().stream().map(p -> new Posting(p.fund(), p.accountReference(),
                        Amounts.format(p.pence(), currency), p.effectiveDate().toString(), p.madeBy(), p.reason()))
                        .toList());
    }

    private static String status(SuspenseItem item) {
        if (item.markedForReturn()) {
            return "Marked for return to the payer: " + item.returnReason();
        }
        return item.open() ? "Open: " + Amounts.format(item.openPence(), item.currency()) + " in suspense"
                : "Cleared: nothing left in suspense";
    }

    private static Action action(MoneyAction action, ZoneId zone) {
        String state = action.stands() ? "" : "Undone by action " + action.undoneBy();
        return new Action(action.id(), action.kind().name().charAt(0)
                + action.kind().name().substring(1).toLowerCase(Locale.ROOT), action.madeBy(),
                when(action.madeAt(), zone), action.reason(), state, action.undoable());
    }

    private static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    /** {@code 123.45}: the open amount as the form's first line starts. */
    private static String pounds(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }
}
