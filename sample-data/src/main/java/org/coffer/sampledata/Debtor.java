package org.coffer.sampledata;

/**
 * Someone who owes the council money on one account and pays it from their bank.
 *
 * @param fundCode the fund the account belongs to
 * @param reference the clean account reference (council tax account, rent account, PCN number, ...)
 * @param name the name their bank prints on the payment
 * @param address a short address, which some payers write instead of the reference
 */
record Debtor(String fundCode, String reference, String name, String address) {
}
