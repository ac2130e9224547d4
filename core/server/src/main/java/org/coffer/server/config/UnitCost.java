package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.coffer.plugin.api.format.Channel;

/**
 * What one payment by a channel costs the council to collect, for the value-for-money report.
 *
 * @param channel the payment channel
 * @param contact the kind of contact the cost is for (face to face, phone, web, direct debit...)
 * @param pence the cost of one payment, in pence
 * @param source where the figure comes from and its year, printed beside it
 */
public record UnitCost(Channel channel, String contact, long pence, String source) {

    private static final String SOCITM = "Socitm Channel Value Benchmarking 2011";
    private static final String LAMBETH = "Lambeth channel accounting 2009";

    /**
     * Published UK local government figures, used when a council gives none of its own. They are costs per contact
     * (a visit, a call, a web visit), not per payment, and years old: a council should replace them with its own.
     */
    public static final List<UnitCost> DEFAULTS = List.of(
            new UnitCost(Channel.CASH, "Face to face", 862, SOCITM + ", per visit"),
            new UnitCost(Channel.CHEQUE, "Face to face", 862, SOCITM + ", per visit"),
            new UnitCost(Channel.CARD_COUNTER, "Face to face", 862, SOCITM + ", per visit"),
            new UnitCost(Channel.CARD_PHONE, "Phone", 283, SOCITM + ", per call"),
            new UnitCost(Channel.CARD_ONLINE, "Web", 15, SOCITM + ", per web visit"),
            new UnitCost(Channel.GOVUK_PAY, "Web", 15, SOCITM + ", per web visit"),
            new UnitCost(Channel.DIRECT_DEBIT, "Direct debit", 2, LAMBETH + ", Direct Debit"),
            new UnitCost(Channel.STANDING_ORDER, "Bank transfer", 2, LAMBETH
                    + ", Direct Debit figure (none published for transfers)"),
            new UnitCost(Channel.BACS_CREDIT, "Bank transfer", 2, LAMBETH
                    + ", Direct Debit figure (none published for transfers)"),
            new UnitCost(Channel.FASTER_PAYMENT, "Bank transfer", 2, LAMBETH
                    + ", Direct Debit figure (none published for transfers)"),
            new UnitCost(Channel.ALLPAY, "Payment network", 50, LAMBETH + ", payment network"),
            new UnitCost(Channel.PAYPOINT, "Payment network", 50, LAMBETH + ", payment network"),
            new UnitCost(Channel.POST_OFFICE, "Payment network", 50, LAMBETH + ", payment network"),
            new UnitCost(Channel.PAYZONE, "Payment network", 50, LAMBETH + ", payment network"));

    public UnitCost {
        requireNonNull(channel, "channel is null");
        requireNonNull(contact, "contact is null");
        requireNonNull(source, "source is null");
        if (pence < 0) {
            throw new IllegalArgumentException("unit_cost must not be negative, was " + pence + " pence");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("the source column is empty; say where the figure comes from and "
                    + "its year");
        }
    }
}
