package org.coffer.sampledata;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;

/**
 * The generator's truth about one line it wrote: what a reader must give back, and what the payment really was.
 *
 * @param valueDate the value date written
 * @param signedPence the amount written, negative for a debit
 * @param currency the currency written
 * @param reference the payer's reference exactly as written in the file (messy on purpose: spaces, prefixes, typos)
 * @param narrative the free text written with the line
 * @param channel the channel the line came through
 * @param kind what the line is to the council's income
 * @param trueFundCode the fund the payment really belongs to, or empty when it belongs to none (bank charges,
 *     unidentifiable payments)
 * @param trueReference the clean account reference the payer meant, or empty when there is none
 */
public record ExpectedLine(LocalDate valueDate, long signedPence, String currency, String reference, String narrative,
        Channel channel, LineKind kind, String trueFundCode, String trueReference) {

    public ExpectedLine {
        requireNonNull(valueDate, "valueDate is null");
        requireNonNull(currency, "currency is null");
        requireNonNull(reference, "reference is null");
        requireNonNull(narrative, "narrative is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(trueFundCode, "trueFundCode is null");
        requireNonNull(trueReference, "trueReference is null");
    }
}
