package org.coffer.plugins.bai2;

import java.io.IOException;

/**
 * Joins each physical record with the {@code 88} records that continue it. An {@code 88} that opens the file
 * continues nothing, so it stays a record of its own for the reader to report.
 */
final class LogicalRecords {

    private final PhysicalRecords physical;
    private RawRecord ahead;

    LogicalRecords(PhysicalRecords physical) {
        this.physical = physical;
    }

    /** The next logical record, or {@code null} at the end of the file. */
    Bai2Record next() throws IOException {
        RawRecord first = ahead != null ? ahead : physical.next();
        if (first == null) {
            return null;
        }
        Bai2Record record = new Bai2Record(first);
        ahead = physical.next();
        while (ahead != null && ahead.code().equals("88")) {
            record.continueWith(ahead);
            ahead = physical.next();
        }
        return record;
    }
}
