package org.coffer.server.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.coffer.server.CofferException;
import org.coffer.server.income.DateRange;

/** Reads ISO dates from the query: a {@code from}/{@code to} pair with defaults, or one date that may be missing. */
final class DateParameters {

    private DateParameters() {
    }

    static DateRange range(Context ctx, DateRange defaults) {
        LocalDate from = date(ctx, "from", defaults.from());
        LocalDate to = date(ctx, "to", defaults.to());
        if (from.isAfter(to)) {
            throw new CofferException(WebErrorCode.WEB_BAD_PARAMETER,
                    "'from' (" + from + ") is after 'to' (" + to + "); give from on or before to");
        }
        return new DateRange(from, to);
    }

    /** The date given as {@code name}, or {@code null} when none is given. */
    static LocalDate optional(Context ctx, String name) {
        return date(ctx, name, null);
    }

    private static LocalDate date(Context ctx, String name, LocalDate fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CofferException(WebErrorCode.WEB_BAD_PARAMETER,
                    "'" + name + "' must be a date written as YYYY-MM-DD, such as 2025-04-01; it was '" + text + "'");
        }
    }
}
