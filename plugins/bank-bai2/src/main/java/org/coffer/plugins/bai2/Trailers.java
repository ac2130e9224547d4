package org.coffer.plugins.bai2;

import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;

/**
 * Checks the trailers against what was read: an account's total against its own amounts (the {@code 03} items and
 * {@code 16} amounts, as written), a group's and the file's totals against the totals their accounts' and groups'
 * trailers state, and every record count and number of accounts or groups. A figure that disagrees is reported with
 * both numbers, naming the trailer.
 */
final class Trailers {

    private final FormatContext context;
    private final FileSink sink;

    Trailers(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
    }

    /** Checks a {@code 49} and returns the total it states. */
    long checkAccount(Bai2Record record, Tally tally) throws RecordException {
        Fields fields = record.fields();
        long total = Bai2Values.amount(fields.next(), "49 account control total");
        int records = Bai2Values.count(fields.next(), "49 number of records");
        checkTotal(record, "49 account control total", total, tally.amounts(), "the account's amounts");
        checkCount(record, "49 number of records", records, tally.records(), "records in the account");
        return total;
    }

    /** Checks a {@code 98} and returns the total it states. */
    long checkGroup(Bai2Record record, Tally tally) throws RecordException {
        Fields fields = record.fields();
        long total = Bai2Values.amount(fields.next(), "98 group control total");
        int accounts = Bai2Values.count(fields.next(), "98 number of accounts");
        int records = Bai2Values.count(fields.next(), "98 number of records");
        checkTotal(record, "98 group control total", total, tally.amounts(), "the account trailers' totals");
        checkCount(record, "98 number of accounts", accounts, tally.children(), "accounts in the group");
        checkCount(record, "98 number of records", records, tally.records(), "records in the group");
        return total;
    }

    void checkFile(Bai2Record record, Tally tally) throws RecordException {
        Fields fields = record.fields();
        long total = Bai2Values.amount(fields.next(), "99 file control total");
        int groups = Bai2Values.count(fields.next(), "99 number of groups");
        int records = Bai2Values.count(fields.next(), "99 number of records");
        checkTotal(record, "99 file control total", total, tally.amounts(), "the group trailers' totals");
        checkCount(record, "99 number of groups", groups, tally.children(), "groups in the file");
        checkCount(record, "99 number of records", records, tally.records(), "records in the file");
    }

    private void checkTotal(Bai2Record record, String field, long stated, long read, String what) {
        if (stated != read) {
            report(record, field, Bai2ErrorCode.BAI2_CONTROL_TOTAL_MISMATCH, "states " + stated + " but "
                    + what + " add up to " + read);
        }
    }

    private void checkCount(Bai2Record record, String field, int stated, int read, String what) {
        if (stated != read) {
            report(record, field, Bai2ErrorCode.BAI2_RECORD_COUNT_MISMATCH, "states " + stated + " but there are "
                    + read + " " + what);
        }
    }

    private void report(Bai2Record record, String field, Bai2ErrorCode code, String message) {
        sink.problem(context.problem(Location.line(record.line()), field, code, message));
    }
}
