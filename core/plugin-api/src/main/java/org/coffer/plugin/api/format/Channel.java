package org.coffer.plugin.api.format;

/** The way a payment reached the council. Reports group income by it. */
public enum Channel {
    BACS_CREDIT,
    FASTER_PAYMENT,
    CHAPS,
    STANDING_ORDER,
    DIRECT_DEBIT,
    CARD_ONLINE,
    CARD_PHONE,
    CARD_COUNTER,
    GOVUK_PAY,
    ALLPAY,
    PAYPOINT,
    POST_OFFICE,
    PAYZONE,
    CASH,
    CHEQUE,
    DWP,
    INTERNAL_TRANSFER,
    BANK_CHARGE,
    /** Known, but none of the above. */
    OTHER,
    /** The file does not say. */
    UNKNOWN
}
