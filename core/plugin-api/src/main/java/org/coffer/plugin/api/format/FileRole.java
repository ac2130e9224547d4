package org.coffer.plugin.api.format;

/** The part a format's files play in the flow of money. */
public enum FileRole {
    /** A bank statement: balances and the lines that moved them. */
    STATEMENT,
    /** A channel's itemised payments, with no balances: Allpay, GOV.UK Pay, card or DWP reports. */
    DETAIL,
    /** Information with no money in it, such as Bacs ADDACS or AUDDIS; stored and reported, never counted. */
    ADVICE
}
