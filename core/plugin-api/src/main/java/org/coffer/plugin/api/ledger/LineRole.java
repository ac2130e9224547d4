package org.coffer.plugin.api.ledger;

/** Why a journal line is there. Income journals debit the bank and credit income, VAT and suspense. */
public enum LineRole {
    /** The bank account's control code: the money that arrived in it. */
    BANK,
    /** A fund's income code, net of VAT. */
    INCOME,
    /** The VAT control code: the VAT part of VAT-able income. */
    VAT,
    /** The suspense code: money not yet matched to a fund, and moved off it when it is. */
    SUSPENSE
}
