package org.coffer.server.allocation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the matcher knows of a payment: the payer's text, and where known the amount, channel, bank account, file
 * format and value date that the council's matching rules may test. A condition on something unknown never holds.
 *
 * @param reference the payer's reference as the file gave it
 * @param narrative the free text that came with it
 * @param signedPence the amount in pence, positive for money in
 * @param channel the channel's name, such as {@code FASTER_PAYMENT}, or empty
 * @param bankAccount the council's code for the bank account, or empty
 * @param format the id of the file's format, such as {@code mt940}, or empty
 * @param valueDate the value date
 */
public record Payment(String reference, String narrative, OptionalLong signedPence, String channel,
        String bankAccount, String format, Optional<LocalDate> valueDate) {

    public Payment {
        requireNonNull(reference, "reference is null");
        requireNonNull(narrative, "narrative is null");
        requireNonNull(signedPence, "signedPence is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(bankAccount, "bankAccount is null");
        requireNonNull(format, "format is null");
        requireNonNull(valueDate, "valueDate is null");
    }

    /** A payment known only by its text. */
    public static Payment ofText(String reference, String narrative) {
        return new Payment(reference, narrative, OptionalLong.empty(), "", "", "", Optional.empty());
    }

    /** A payment as a statement line gives it. */
    public static Payment of(String reference, String narrative, long signedPence, String channel,
            String bankAccount, String format, LocalDate valueDate) {
        return new Payment(reference, narrative, OptionalLong.of(signedPence), channel, bankAccount, format,
                Optional.of(valueDate));
    }
}
