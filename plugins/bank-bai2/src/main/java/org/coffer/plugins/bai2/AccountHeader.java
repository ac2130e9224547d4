package org.coffer.plugins.bai2;

/**
 * An account identifier record ({@code 03}): the account, its currency if stated, and its status and summary items,
 * each a type code, amount, item count and funds type. The ledger balances are the opening ({@code 010}) and
 * closing ({@code 015}) balances.
 *
 * @param currency the currency code, empty when defaulted to the group's
 * @param opening the opening ledger balance as written, or {@code null}
 * @param closing the closing ledger balance as written, or {@code null}
 * @param amountTotal the sum of the items' amounts as written, which the account trailer's total includes
 */
record AccountHeader(String account, String currency, Long opening, Long closing, long amountTotal) {

    private static final int OPENING_LEDGER = 10;
    private static final int CLOSING_LEDGER = 15;

    static AccountHeader parse(Bai2Record record) throws RecordException {
        Fields fields = record.fields();
        String account = fields.next().strip();
        if (account.isEmpty()) {
            throw new RecordException(Bai2ErrorCode.BAI2_MISSING_FIELD, "03 account number",
                    "none given: expected the account the record is about");
        }
        String currency = fields.next().strip();
        Long opening = null;
        Long closing = null;
        long total = 0;
        while (fields.hasMore()) {
            String type = fields.next();
            if (type.isEmpty() && !fields.hasMore()) {
                break;
            }
            int code = Bai2Values.typeCode(type, "03 type code");
            String amountText = fields.next();
            fields.next();
            FundsType.read(fields, "03 item " + type);
            if (amountText.isEmpty()) {
                continue;
            }
            long amount = Bai2Values.amount(amountText, "03 amount of " + type);
            total += amount;
            if (code == OPENING_LEDGER) {
                opening = amount;
            } else if (code == CLOSING_LEDGER) {
                closing = amount;
            }
        }
        return new AccountHeader(account, currency, opening, closing, total);
    }
}
