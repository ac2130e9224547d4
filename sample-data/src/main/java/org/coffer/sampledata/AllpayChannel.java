package org.coffer.sampledata;

import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;

/** The channel letters of an Allpay transaction file, with how often each comes up for a district council. */
enum AllpayChannel {
    POST_OFFICE('P', Channel.POST_OFFICE, LineKind.PAYMENT, 36),
    PAYPOINT('T', Channel.PAYPOINT, LineKind.PAYMENT, 34),
    PAYZONE('Z', Channel.PAYZONE, LineKind.PAYMENT, 14),
    IVR_OR_DESKTOP('N', Channel.CARD_PHONE, LineKind.PAYMENT, 8),
    BILLS_ONLINE('B', Channel.CARD_ONLINE, LineKind.PAYMENT, 5),
    CASH_ADJUSTMENT('C', Channel.CASH, LineKind.PAYMENT, 2),
    RETURNED_CHEQUE('Q', Channel.CHEQUE, LineKind.REVERSAL, 1);

    final char letter;
    final Channel channel;
    final LineKind kind;
    /** Out of 100 lines, how many come this way. */
    final int share;

    AllpayChannel(char letter, Channel channel, LineKind kind, int share) {
        this.letter = letter;
        this.channel = channel;
        this.kind = kind;
        this.share = share;
    }

    /** A channel drawn by its share, from a roll of 0 to 99. */
    static AllpayChannel forRoll(int roll) {
        int upTo = 0;
        for (AllpayChannel channel : values()) {
            upTo += channel.share;
            if (roll < upTo) {
                return channel;
            }
        }
        throw new IllegalArgumentException("roll must be 0 to 99, was " + roll);
    }
}
