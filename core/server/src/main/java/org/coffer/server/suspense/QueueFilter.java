package org.coffer.server.suspense;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an officer asks of the queue. Every part is optional.
 *
 * @param band only items of this age
 * @param minPence only items with at least this much open
 * @param maxPence only items with at most this much open
 * @param bankAccount only items paid into this account (the council's code)
 * @param text only items whose reference, narrative or payer contains this, ignoring case
 * @param page 1-based
 */
public record QueueFilter(Optional<AgeBand> band, OptionalLong minPence, OptionalLong maxPence, String bankAccount,
        String text, QueueSort sort, int page) {

    public static final int PAGE_SIZE = 50;

    public QueueFilter {
        requireNonNull(band, "band is null");
        requireNonNull(minPence, "minPence is null");
        requireNonNull(maxPence, "maxPence is null");
        bankAccount = requireNonNull(bankAccount, "bankAccount is null").strip();
        text = requireNonNull(text, "text is null").strip();
        requireNonNull(sort, "sort is null");
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
    }

    /** The whole queue, oldest first. */
    public static QueueFilter all() {
        return new QueueFilter(Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), "", "", QueueSort.OLDEST,
                1);
    }

    public QueueFilter withBand(AgeBand value) {
        return new QueueFilter(Optional.of(value), minPence, maxPence, bankAccount, text, sort, page);
    }

    public QueueFilter withText(String value) {
        return new QueueFilter(band, minPence, maxPence, bankAccount, value, sort, page);
    }
}
