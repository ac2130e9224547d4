package org.coffer.sampledata;

import static java.util.Objects.requireNonNull;

/**
 * One line of an Allpay transaction file: what a reader must give back, and the channel letter it is written with.
 *
 * @param line the truth about the payment; a returned cheque is a negative amount
 * @param channel how the payer paid
 */
record AllpayPayment(ExpectedLine line, AllpayChannel channel) {

    AllpayPayment {
        requireNonNull(line, "line is null");
        requireNonNull(channel, "channel is null");
    }
}
