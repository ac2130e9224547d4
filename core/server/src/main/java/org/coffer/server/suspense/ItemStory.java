package org.coffer.server.suspense;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** A suspense item with everything an officer reads before working it. */
public record ItemStory(SuspenseItem item, List<Note> notes, List<MoneyAction> actions, List<Posting> postings) {

    public ItemStory {
        notes = List.copyOf(notes);
        actions = List.copyOf(actions);
        postings = List.copyOf(postings);
    }

    /** A note, with who wrote it and when. */
    public record Note(String writtenBy, Instant writtenAt, String text) {
    }

    /** One of the receipt's postings. */
    public record Posting(long id, String fund, String accountReference, long pence, LocalDate effectiveDate,
            String madeBy, String reason, long reverses) {
    }

    static List<Posting> postings(Handle handle, long receiptId) {
        return handle.createQuery("""
                        SELECT id, fund_code, account_reference, amount_pence, effective_date, made_by, reason,
                               coalesce(reverses, 0)
                        FROM postings WHERE receipt_id = :id ORDER BY id""")
                .bind("id", receiptId)
                .map((rs, ctx) -> new Posting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getLong(8)))
                .list();
    }
}
