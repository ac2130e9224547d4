package org.coffer.server.config;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coffer.plugin.api.format.Channel;

/**
 * Every channel as the council names and counts it: those {@code channels.csv} lists, and the rest as Coffer names
 * them by default (the contact kinds the channels report has always used).
 */
public final class Channels {

    private static final Channels DEFAULTS = new Channels(List.of());

    private final Map<Channel, CouncilChannel> byCode = new EnumMap<>(Channel.class);

    Channels(List<CouncilChannel> listed) {
        for (Channel code : Channel.values()) {
            byCode.put(code, byDefault(code));
        }
        for (CouncilChannel channel : listed) {
            byCode.put(channel.code(), channel);
        }
    }

    /** No {@code channels.csv}: every channel as Coffer names it. */
    public static Channels defaults() {
        return DEFAULTS;
    }

    /** Every channel, in the order of the plugin API's codes. */
    public List<CouncilChannel> all() {
        return List.copyOf(byCode.values());
    }

    /** The council's name for a channel code as postings store it; a code Coffer does not know is shown as words. */
    public String name(String code) {
        return Arrays.stream(Channel.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(c -> byCode.get(c).name()).orElseGet(() -> words(code));
    }

    /** The channel as Coffer names and counts it when the council says nothing of it. */
    public static CouncilChannel byDefault(Channel code) {
        String contact = switch (code) {
            case CARD_ONLINE, GOVUK_PAY -> "Web";
            case BACS_CREDIT, FASTER_PAYMENT, CHAPS, STANDING_ORDER, DWP -> "Bank transfer";
            case DIRECT_DEBIT -> "Direct debit";
            case CARD_PHONE -> "Phone";
            case CARD_COUNTER, CASH, CHEQUE, ALLPAY, PAYPOINT, POST_OFFICE, PAYZONE -> "Face to face";
            default -> "Other";
        };
        boolean digital = contact.equals("Web") || contact.equals("Bank transfer") || contact.equals("Direct debit");
        return new CouncilChannel(code, words(code.name()), contact, digital, true);
    }

    /** {@code FASTER_PAYMENT} as {@code Faster payment}. */
    private static String words(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
