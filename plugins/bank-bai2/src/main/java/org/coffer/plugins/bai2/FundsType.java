package org.coffer.plugins.bai2;

import java.time.LocalDate;

/**
 * The funds type field, which says when money is available and decides how many fields follow it: none for
 * {@code 0}, {@code 1}, {@code 2}, {@code Z} or a defaulted field, a value date and time for {@code V}, three
 * amounts for {@code S}, and a count then that many day-and-amount pairs for {@code D}.
 */
final class FundsType {

    private FundsType() {
    }

    /** Reads the funds type and the fields that go with it; the value date of a {@code V}, else {@code null}. */
    static LocalDate read(Fields fields, String record) throws RecordException {
        String type = fields.next();
        switch (type) {
            case "", "0", "1", "2", "Z" -> {
                return null;
            }
            case "V" -> {
                LocalDate valueDate = Bai2Values.date(fields.next(), record + " value date");
                fields.next();
                return valueDate;
            }
            case "S" -> {
                for (int i = 0; i < 3; i++) {
                    fields.next();
                }
                return null;
            }
            case "D" -> {
                String count = fields.next();
                int distributions = Bai2Values.count(count, record + " number of distributions");
                for (int i = 0; i < 2 * distributions; i++) {
                    fields.next();
                }
                return null;
            }
            default -> throw new RecordException(Bai2ErrorCode.BAI2_BAD_FUNDS_TYPE, record + " funds type", "'"
                    + type + "': expected 0, 1, 2, V, S, D, Z or nothing");
        }
    }
}
