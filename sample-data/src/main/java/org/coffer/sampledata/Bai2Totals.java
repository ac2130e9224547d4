package org.coffer.sampledata;

/**
 * What a BAI2 trailer states about the records it closes: the sum of every amount in them as written (balances
 * signed, line amounts unsigned) and how many records there are, its own header and trailer included.
 */
final class Bai2Totals {

    private long total;
    private int records;

    void addAmount(long amount) {
        total += amount;
    }

    void countRecord() {
        records++;
    }

    /** Takes in a closed lower level: its total, and its records. */
    void add(Bai2Totals inner) {
        total += inner.total;
        records += inner.records;
    }

    long total() {
        return total;
    }

    int records() {
        return records;
    }
}
