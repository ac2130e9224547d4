package org.coffer.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.coffer.server.CofferException;
import org.coffer.server.suspense.AgeBand;
import org.coffer.server.suspense.AllocationLine;
import org.coffer.server.suspense.PoundsText;
import org.coffer.server.suspense.QueueFilter;
import org.coffer.server.suspense.QueueSort;

/** Reads what the suspense pages and API are asked: the queue's filter, an item's id, a form's lines. */
final class SuspenseParameters {

    private SuspenseParameters() {
    }

    /** {@code band}, {@code min} and {@code max} (pounds), {@code account}, {@code text}, {@code sort}, {@code page}. */
    static QueueFilter filter(Context ctx) {
        return new QueueFilter(text(ctx, "band").map(AgeBand::parse), pounds(ctx, "min"), pounds(ctx, "max"),
                text(ctx, "account").orElse(""), text(ctx, "text").orElse(""),
                text(ctx, "sort").map(QueueSort::parse).orElse(QueueSort.OLDEST), page(ctx));
    }

    static long id(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new CofferException(WebErrorCode.WEB_NOT_FOUND, "there is no " + name + " " + ctx.pathParam(name));
        }
    }

    /** The form's lines as typed, empty rows included, to show the form again as it was. */
    static List<LineInput> formLines(Context ctx) {
        List<String> funds = ctx.formParams("fund");
        List<String> accounts = ctx.formParams("account");
        List<String> amounts = ctx.formParams("amount");
        List<LineInput> lines = new ArrayList<>();
        for (int i = 0; i < funds.size(); i++) {
            lines.add(new LineInput(funds.get(i), i < accounts.size() ? accounts.get(i) : "",
                    i < amounts.size() ? amounts.get(i) : ""));
        }
        return lines;
    }

    /**
     * The lines as the service takes them, each amount read with the line it is on; a row left wholly empty (an
     * added line not used) is no line.
     */
    static List<AllocationLine> lines(List<LineInput> inputs) {
        List<AllocationLine> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            LineInput input = inputs.get(i);
            if (input.isEmpty()) {
                continue;
            }
            lines.add(new AllocationLine(input.fund(), input.account(), PoundsText.pence(input.amount(),
                    "line " + (i + 1))));
        }
        return lines;
    }

    private static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static OptionalLong pounds(Context ctx, String name) {
        return text(ctx, name).map(value -> OptionalLong.of(PoundsText.pence(value, "'" + name + "'")))
                .orElse(OptionalLong.empty());
    }

    private static int page(Context ctx) {
        String text = text(ctx, "page").orElse("1");
        try {
            return Math.max(1, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new CofferException(WebErrorCode.WEB_BAD_PARAMETER, "'page' must be a number, was '" + text + "'");
        }
    }

    /** One line of an allocation form as typed, kept to show again when the form is refused. */
    public record LineInput(String fund, String account, String amount) {

        public LineInput {
            fund = fund == null ? "" : fund.strip();
            account = account == null ? "" : account.strip();
            amount = amount == null ? "" : amount.strip();
        }

        public static LineInput empty() {
            return new LineInput("", "", "");
        }

        boolean isEmpty() {
            return fund.isEmpty() && account.isEmpty() && amount.isEmpty();
        }
    }
}
