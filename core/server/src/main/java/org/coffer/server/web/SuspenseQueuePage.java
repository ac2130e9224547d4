package org.coffer.server.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.coffer.server.suspense.AgeBand;
import org.coffer.server.suspense.SuspenseFigures;
import org.coffer.server.suspense.SuspenseItem;
import org.coffer.server.suspense.SuspenseQueue;
import org.coffer.server.text.Amounts;

/** The suspense queue page: the figures, the filter form as filled in, and one page of items. */
public record SuspenseQueuePage(List<Band> bands, String averageWait, String medianWait, long cleared,
        List<Cleared> clearedByPerson, Filter filter, List<Row> rows, long total, int page, long pages,
        String previousLink, String nextLink) {

    /** Open items of one age band, with a link that shows only them. */
    public record Band(String label, String key, String items, String value, String link) {
    }

    /** What one person cleared on one day. */
    public record Cleared(String day, String person, String items, String value) {
    }

    /** The filter form as filled in. */
    public record Filter(String band, String min, String max, String account, String text, String sort) {
    }

    /** One item of the queue. */
    public record Row(long id, String date, String age, String open, String account, String reference,
            String narrative, String payer, String status) {
    }

    static SuspenseQueuePage of(Context ctx, SuspenseQueue.QueuePage page, SuspenseFigures figures, LocalDate today) {
        String currency = figures.currency();
        List<Band> bands = figures.openByAge().stream().map(band -> new Band(band.band().label(), band.band().key(),
                Amounts.count(band.items()), Amounts.format(band.pence(), currency),
                "/suspense?band=" + band.band().key())).toList();
        SuspenseFigures.TimeToClear time = figures.timeToClear();
        List<Cleared> cleared = figures.clearedPerPersonPerDay(today.minusDays(13), today).stream()
                .map(c -> new Cleared(c.day().toString(), c.person(), Amounts.count(c.items()),
                        Amounts.format(c.pence(), currency))).toList();
        Filter filter = new Filter(text(ctx, "band"), text(ctx, "min"), text(ctx, "max"), text(ctx, "account"),
                text(ctx, "text"), page.filter().sort().key());
        int number = page.filter().page();
        return new SuspenseQueuePage(bands, days(time.average()), days(time.median()), time.cleared(), cleared,
                filter, page.items().stream().map(SuspenseQueuePage::row).toList(), page.total(), number, page.pages(),
                number > 1 ? link(ctx, number - 1) : "", number < page.pages() ? link(ctx, number + 1) : "");
    }

    private static Row row(SuspenseItem item) {
        String status = item.markedForReturn() ? "Marked for return"
                : item.lockedBy().isEmpty() ? "Open" : "Being worked by " + item.lockedBy();
        return new Row(item.receiptId(), item.valueDate().toString(), Amounts.count(item.ageDays(), "day", "days"),
                Amounts.format(item.openPence(), item.currency()), item.bankAccount(), item.reference(),
                item.narrative(), item.counterparty(), status);
    }

    /** {@code 3.5 days}: waits are read in days by the people who manage the queue. */
    static String days(Duration wait) {
        return String.format(Locale.UK, "%.1f days", wait.toMinutes() / (24.0 * 60));
    }

    private static String link(Context ctx, int page) {
        StringBuilder link = new StringBuilder("/suspense?page=" + page);
        for (String name : List.of("band", "min", "max", "account", "text", "sort")) {
            String value = text(ctx, name);
            if (!value.isEmpty()) {
                link.append('&').append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return link.toString();
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    public List<AgeBand> bandChoices() {
        return List.of(AgeBand.values());
    }
}
