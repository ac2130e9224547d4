package org.coffer.server.enquiry;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a payer tells an income officer about a payment they made: any of its reference, their name, the amount, when
 * and into which account. Text is matched loosely (case and spaces ignored), amounts exactly.
 *
 * @param amountPence the amount paid, unsigned, or empty for any amount
 */
public record PaymentSearch(String reference, String name, OptionalLong amountPence, Optional<LocalDate> from,
        Optional<LocalDate> to, String bankAccount, int limit) {

    public static final int DEFAULT_LIMIT = 100;

    public PaymentSearch {
        reference = compact(reference);
        name = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        bankAccount = bankAccount == null ? "" : bankAccount.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** True when nothing was asked: a search must say something about the payment. */
    public boolean isEmpty() {
        return reference.isEmpty() && name.isEmpty() && amountPence.isEmpty() && from.isEmpty() && to.isEmpty()
                && bankAccount.isEmpty();
    }

    /** Upper case without spaces, hyphens or slashes, as references are compared. */
    static String compact(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[\\s/-]", "");
    }
}
