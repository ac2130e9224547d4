package org.coffer.plugins.bai2;

import java.time.LocalDate;
import org.coffer.plugin.api.format.Direction;

/**
 * A transaction detail record ({@code 16}): type code, unsigned amount, funds type (with a value date for
 * {@code V}), bank reference, customer reference and text. The text runs to the end of the record, commas and
 * slashes included, and on through its {@code 88} continuations.
 *
 * @param amount the amount as written, in the currency's smallest unit
 * @param valueDate the value date of a {@code V} funds type, else {@code null}
 */
record Detail(int typeCode, Direction direction, long amount, LocalDate valueDate, String bankReference,
        String customerReference, String text) {

    static Detail parse(Bai2Record record) throws RecordException {
        Fields fields = record.ownFields();
        int typeCode = Bai2Values.typeCode(fields.next(), "16 type code");
        Direction direction = TypeCodes.direction(typeCode, "16 type code");
        String amountText = fields.next();
        if (amountText.isEmpty()) {
            throw new RecordException(Bai2ErrorCode.BAI2_MISSING_FIELD, "16 amount",
                    "none given: expected the amount of the transaction");
        }
        long amount = Bai2Values.unsignedAmount(amountText, "16 amount");
        LocalDate valueDate = FundsType.read(fields, "16");
        String bankReference = fields.next();
        String customerReference = fields.next();
        return new Detail(typeCode, direction, amount, valueDate, bankReference.strip(), customerReference.strip(),
                record.text(fields.rest()).strip());
    }
}
