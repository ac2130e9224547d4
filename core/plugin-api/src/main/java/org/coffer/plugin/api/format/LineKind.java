package org.coffer.plugin.api.format;

/** What a line is to the council's income; decides whether and how it is counted. */
public enum LineKind {
    /** Income to allocate: a resident's own transfer, or an item from a channel's detail file. */
    PAYMENT,
    /** A bank line that pays in payments itemised in another file; evidence of money arriving, not income. */
    SETTLEMENT,
    /** Money taken back: an unpaid direct debit, a chargeback, a returned cheque. */
    REVERSAL,
    /** A charge deducted by a bank or settler. */
    FEE,
    /** Anything else: bank charges, sweeps, internal transfers. */
    OTHER
}
