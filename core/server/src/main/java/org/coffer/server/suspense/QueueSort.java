package org.coffer.server.suspense;

import java.util.Locale;
import org.coffer.server.CofferException;

/** The orders the queue offers; each is a fixed SQL clause, so nothing a person types reaches the SQL. */
public enum QueueSort {
    OLDEST("value_date ASC, id ASC"),
    NEWEST("value_date DESC, id DESC"),
    LARGEST("abs(open_pence) DESC, id ASC"),
    SMALLEST("abs(open_pence) ASC, id ASC");

    private final String orderBy;

    QueueSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QueueSort parse(String key) {
        for (QueueSort sort : values()) {
            if (sort.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return sort;
            }
        }
        throw new CofferException(SuspenseErrorCode.SUSPENSE_BAD_TEXT, "sort '" + key + "' is not one of oldest, "
                + "newest, largest or smallest");
    }
}
