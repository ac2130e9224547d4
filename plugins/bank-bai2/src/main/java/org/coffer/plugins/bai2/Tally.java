package org.coffer.plugins.bai2;

/**
 * What a trailer is checked against, counted while its level is read: the physical records (its header and
 * trailer included), the amounts (an account's own, or the totals its accounts' or groups' trailers state) and
 * how many accounts or groups it holds.
 */
final class Tally {

    private int records;
    private long amounts;
    private int children;

    void countRecords(int physical) {
        records += physical;
    }

    void addAmount(long amount) {
        amounts += amount;
    }

    /** Takes in a closed level inside this one: its records, and the total its trailer states. */
    void addChild(Tally child, long statedTotal) {
        records += child.records;
        amounts += statedTotal;
        children++;
    }

    int records() {
        return records;
    }

    long amounts() {
        return amounts;
    }

    int children() {
        return children;
    }
}
