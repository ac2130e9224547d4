package org.coffer.sampledata;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * What the settlement scenario knows about one bank line, or about a detail batch that no bank line pays: the truth
 * a reconciliation must find.
 *
 * @param bankLine the bank line's reference as written on the statement, or empty for a batch never paid
 * @param valueDate the bank line's value date, or the batch's day for a batch never paid
 * @param signedPence the bank line's amount, negative for a debit; the batch's net for a batch never paid
 * @param settler the settler's id in the council's {@code settlers.csv}
 * @param shape how the line relates to the detail
 * @param batches the detail files (one batch each) the line pays, by file name; empty when there are none
 * @param reverses for an unpaid direct debit, the reference of the collection line it takes back; otherwise empty
 */
public record SettlementTruth(String bankLine, LocalDate valueDate, long signedPence, String settler, Shape shape,
        List<String> batches, String reverses) {

    /** How a bank line and the detail files meet. */
    public enum Shape {
        /** One line pays one batch exactly. */
        ONE_TO_ONE,
        /** One batch is paid in several lines; each line's truth names the same batch. */
        SPLIT,
        /** One line pays several consecutive batches. */
        MANY_TO_ONE,
        /** One line pays one batch, a few pence short: a person must confirm it. */
        WITHIN_TOLERANCE,
        /** One line pays one batch with more deducted than the settler's tolerance: a person must match it. */
        BEYOND_TOLERANCE,
        /** The line pays payments whose detail file never came. */
        NO_DETAIL,
        /** A batch that no line pays. */
        NOT_PAID,
        /** An unpaid direct debit that takes back part of an earlier collection. */
        REVERSAL
    }

    static final String CSV_HEADER = "bank_line,value_date,pence,settler,shape,batches,reverses";

    public SettlementTruth {
        requireNonNull(bankLine, "bankLine is null");
        requireNonNull(valueDate, "valueDate is null");
        requireNonNull(settler, "settler is null");
        requireNonNull(shape, "shape is null");
        batches = List.copyOf(batches);
        requireNonNull(reverses, "reverses is null");
    }

    /** One line of the truth file; no field holds a comma. */
    String csv() {
        return String.join(",", bankLine, valueDate.toString(), Long.toString(signedPence), settler, shape.name(),
                String.join(";", batches), reverses);
    }
}
