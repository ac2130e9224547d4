package org.coffer.plugins.allpay;

import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;

/**
 * The letter that says how a payment reached Allpay. A returned cheque takes an earlier payment back, so it is a
 * reversal and a debit however its amount is signed; a letter Allpay adds later is an Allpay payment of no known
 * channel.
 */
enum ChannelLetter {
    POST_OFFICE(Channel.POST_OFFICE),
    CASH_ADJUSTMENT(Channel.CASH),
    RETURNED_CHEQUE(Channel.CHEQUE),
    PAYPOINT(Channel.PAYPOINT),
    PAYZONE(Channel.PAYZONE),
    IVR_OR_DESKTOP(Channel.CARD_PHONE),
    BILLS_ONLINE(Channel.CARD_ONLINE),
    OTHER(Channel.ALLPAY);

    final Channel channel;

    ChannelLetter(Channel channel) {
        this.channel = channel;
    }

    static ChannelLetter of(char letter) {
        return switch (letter) {
            case 'P' -> POST_OFFICE;
            case 'C' -> CASH_ADJUSTMENT;
            case 'Q' -> RETURNED_CHEQUE;
            case 'T' -> PAYPOINT;
            case 'Z' -> PAYZONE;
            case 'N' -> IVR_OR_DESKTOP;
            case 'B' -> BILLS_ONLINE;
            default -> OTHER;
        };
    }

    LineKind kind() {
        return this == RETURNED_CHEQUE ? LineKind.REVERSAL : LineKind.PAYMENT;
    }
}
