package org.coffer.server.suspense;

import java.time.Instant;
import java.util.List;
import org.coffer.server.store.Timestamps;
import org.jdbi.v3.core.Handle;

/** The notes officers write on an item, in the order written. */
final class SuspenseNotes {

    static final int MAX_LENGTH = 1000;

    private SuspenseNotes() {
    }

    static List<ItemStory.Note> of(Handle handle, long receiptId) {
        return handle.createQuery("SELECT written_by, written_at, note FROM suspense_notes WHERE receipt_id = :id "
                        + "ORDER BY id")
                .bind("id", receiptId)
                .map((rs, ctx) -> new ItemStory.Note(rs.getString(1), Timestamps.instant(rs, "written_at"),
                        rs.getString(3)))
                .list();
    }

    static void add(Handle handle, long receiptId, String actor, Instant at, String note) {
        long id = handle.createQuery("SELECT coalesce(max(id), 0) + 1 FROM suspense_notes").mapTo(Long.class).one();
        handle.createUpdate("INSERT INTO suspense_notes (id, receipt_id, written_by, written_at, note) "
                        + "VALUES (:id, :receipt, :actor, :at, :note)")
                .bind("id", id).bind("receipt", receiptId).bind("actor", actor).bind("at", at).bind("note", note)
                .execute();
    }
}
