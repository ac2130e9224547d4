package org.coffer.server.web;

import java.time.LocalDate;
import org.coffer.server.Coffer;
import org.coffer.server.income.DateRange;

/** What a page or API call shows when the person does not say: all the income there is. */
final class Defaults {

    private Defaults() {
    }

    static DateRange range(Coffer coffer) {
        return coffer.income().postedRange().orElseGet(() -> {
            LocalDate today = LocalDate.now(coffer.clock());
            return new DateRange(today, today);
        });
    }
}
