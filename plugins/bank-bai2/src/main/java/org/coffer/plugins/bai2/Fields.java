package org.coffer.plugins.bai2;

import java.util.List;

/**
 * Reads the comma-separated fields of a record and of the {@code 88} records that continue it, in order. A {@code /}
 * ends a record's fields early: the fields after it are defaulted (empty) until the next continuation.
 */
final class Fields {

    private final List<String> bodies;
    private int body;
    private int position;
    private boolean ended;

    Fields(List<String> bodies) {
        this.bodies = bodies;
    }

    /** Whether another field follows in this record or a continuation of it. */
    boolean hasMore() {
        return !exhausted() || body < bodies.size() - 1;
    }

    /** The next field, empty when defaulted or past the end of the record. */
    String next() {
        if (exhausted()) {
            if (body >= bodies.size() - 1) {
                return "";
            }
            body++;
            position = 0;
            ended = false;
        }
        String text = bodies.get(body);
        int end = position;
        while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '/') {
            end++;
        }
        String field = text.substring(position, end);
        if (end >= text.length() || text.charAt(end) == '/') {
            ended = true;
        }
        position = end + 1;
        return field;
    }

    /**
     * The rest of the current record as one text, commas and slashes included, without the {@code /} that ends it:
     * the text field of a {@code 16} record, which runs to the end of the record.
     */
    String rest() {
        if (exhausted()) {
            return "";
        }
        String text = bodies.get(body);
        int end = text.endsWith("/") ? text.length() - 1 : text.length();
        String rest = position >= end ? "" : text.substring(position, end);
        ended = true;
        return rest;
    }

    private boolean exhausted() {
        return ended || position > bodies.get(body).length();
    }
}
