package org.coffer.server.suspense;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.coffer.server.CofferException;
import org.coffer.server.store.Timestamps;
import org.jdbi.v3.core.Handle;

/**
 * Who is working a suspense item. A lock lapses by itself after {@link #HOLD}, so an officer who walks away does not
 * block the item for long; time comes from the injected clock.
 */
final class ItemLocks {

    static final Duration HOLD = Duration.ofMinutes(15);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final Clock clock;

    ItemLocks(Clock clock) {
        this.clock = clock;
    }

    /** Takes or renews the lock for {@code actor}; returns when it lapses. */
    Instant take(Handle handle, long receiptId, String actor) {
        requireFree(handle, receiptId, actor);
        Instant until = clock.instant().plus(HOLD);
        handle.createUpdate("INSERT OR REPLACE INTO suspense_locks (receipt_id, held_by, held_until) "
                        + "VALUES (:receipt, :actor, :until)")
                .bind("receipt", receiptId).bind("actor", actor).bind("until", until).execute();
        return until;
    }

    /** Releases the item, unless somebody else holds it. */
    void release(Handle handle, long receiptId, String actor) {
        requireFree(handle, receiptId, actor);
        drop(handle, receiptId);
    }

    /** Drops the lock whoever holds it: the item has been worked. */
    void drop(Handle handle, long receiptId) {
        handle.createUpdate("DELETE FROM suspense_locks WHERE receipt_id = :receipt").bind("receipt", receiptId)
                .execute();
    }

    /** Refuses with 409 when a person other than {@code actor} holds a lock that has not lapsed. */
    void requireFree(Handle handle, long receiptId, String actor) {
        record Holder(String name, Instant until) {
        }
        Optional<Holder> holder = handle.createQuery("SELECT held_by, held_until FROM suspense_locks "
                        + "WHERE receipt_id = :receipt AND held_until > :now")
                .bind("receipt", receiptId).bind("now", clock.instant())
                .map((rs, ctx) -> new Holder(rs.getString(1), Timestamps.instant(rs, "held_until"))).findOne();
        if (holder.isPresent() && !holder.get().name().equals(actor)) {
            String until = LocalTime.ofInstant(holder.get().until(), clock.getZone()).format(TIME);
            throw new CofferException(SuspenseErrorCode.SUSPENSE_LOCKED, "item " + receiptId + " is being worked by "
                    + holder.get().name() + " until " + until + "; try again after that or ask them to release it");
        }
    }
}
