package org.coffer.plugin.api.format;

/** Which way money moved on the account: in (credit) or out (debit). */
public enum Direction {
    CREDIT,
    DEBIT;

    /** +1 for a credit, -1 for a debit. */
    public int sign() {
        return this == CREDIT ? 1 : -1;
    }
}
