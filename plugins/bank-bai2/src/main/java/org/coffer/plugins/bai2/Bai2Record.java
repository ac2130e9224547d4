package org.coffer.plugins.bai2;

import java.util.ArrayList;
import java.util.List;

/** One logical record: a physical record and the {@code 88} continuation records that follow it. */
final class Bai2Record {

    private final RawRecord first;
    private List<RawRecord> continuations = List.of();

    Bai2Record(RawRecord first) {
        this.first = first;
    }

    void continueWith(RawRecord continuation) {
        if (continuations.isEmpty()) {
            continuations = new ArrayList<>(2);
        }
        continuations.add(continuation);
    }

    String code() {
        return first.code();
    }

    long line() {
        return first.line();
    }

    /** How many physical records it takes, as trailers count them. */
    int physicalRecords() {
        return 1 + continuations.size();
    }

    /** The fields of the record and its continuations, one list: how every record but {@code 16} continues. */
    Fields fields() {
        if (continuations.isEmpty()) {
            return new Fields(List.of(first.body()));
        }
        List<String> bodies = new ArrayList<>(physicalRecords());
        bodies.add(first.body());
        continuations.forEach(c -> bodies.add(c.body()));
        return new Fields(bodies);
    }

    /** The fields of this physical record alone: a {@code 16} record's continuations carry text, not fields. */
    Fields ownFields() {
        return new Fields(List.of(first.body()));
    }

    /**
     * The text of a {@code 16} record: its own text field, then each continuation's text. A continuation after a
     * record of the full 80 characters carries on a cut word, so it is joined directly; otherwise with a space.
     */
    String text(String ownText) {
        if (continuations.isEmpty()) {
            return ownText;
        }
        StringBuilder text = new StringBuilder(ownText);
        RawRecord previous = first;
        for (RawRecord continuation : continuations) {
            String more = new Fields(List.of(continuation.body())).rest();
            if (!previous.full() && !text.isEmpty() && !more.isEmpty()) {
                text.append(' ');
            }
            text.append(more);
            previous = continuation;
        }
        return text.toString();
    }
}
