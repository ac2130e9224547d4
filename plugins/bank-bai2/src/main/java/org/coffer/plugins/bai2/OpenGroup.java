package org.coffer.plugins.bai2;

import java.time.LocalDate;

/**
 * One group while it is read, from its {@code 02} to its {@code 98}: the day its accounts report on, the currency
 * they default to, and the tally its trailer is checked against. A group whose header could not be read is still
 * tallied, but has no day, so its accounts hand nothing to the sink.
 */
final class OpenGroup {

    private final Tally tally = new Tally();
    private LocalDate asOfDate;
    private String currency = "";

    /** Reads the group header: receiver, originator, status, as-of date, as-of time, currency, date modifier. */
    void readHeader(Bai2Record record) throws RecordException {
        Fields fields = record.fields();
        for (int i = 0; i < 3; i++) {
            fields.next();
        }
        LocalDate date = Bai2Values.date(fields.next(), "02 as-of date");
        fields.next();
        currency = fields.next().strip();
        asOfDate = date;
    }

    Tally tally() {
        return tally;
    }

    /** The day reported on, or {@code null} when the header could not be read. */
    LocalDate asOfDate() {
        return asOfDate;
    }

    /** The group's currency code, empty when defaulted. */
    String currency() {
        return currency;
    }
}
