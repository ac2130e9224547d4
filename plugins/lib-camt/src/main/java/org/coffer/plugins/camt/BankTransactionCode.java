package org.coffer.plugins.camt;

import java.util.Locale;
import java.util.Map;
import org.coffer.plugin.api.format.Channel;

/**
 * A {@code BkTxCd}: the ISO code ({@code Domn/Cd}, {@code Fmly/Cd}, {@code Fmly/SubFmlyCd}) and the bank's own
 * ({@code Prtry/Cd}). UK banks put their familiar codes (BGC, DD, STO) in the proprietary part, which is more
 * specific than the ISO family, so a known proprietary code decides the channel first.
 */
public record BankTransactionCode(String domain, String family, String subFamily, String proprietary) {

    public static final BankTransactionCode NONE = new BankTransactionCode(null, null, null, null);

    private static final Map<String, Channel> PROPRIETARY = Map.ofEntries(
            Map.entry("NTRF", Channel.FASTER_PAYMENT),
            Map.entry("FPI", Channel.FASTER_PAYMENT),
            Map.entry("BGC", Channel.BACS_CREDIT),
            Map.entry("STO", Channel.STANDING_ORDER),
            Map.entry("NSTO", Channel.STANDING_ORDER),
            Map.entry("CHQ", Channel.CHEQUE),
            Map.entry("NCHK", Channel.CHEQUE),
            Map.entry("DD", Channel.DIRECT_DEBIT),
            Map.entry("NDDT", Channel.DIRECT_DEBIT),
            Map.entry("CHG", Channel.BANK_CHARGE),
            Map.entry("NCHG", Channel.BANK_CHARGE));

    private static final Map<String, Channel> FAMILY = Map.of(
            "RCDT", Channel.BACS_CREDIT,
            "RDDT", Channel.DIRECT_DEBIT,
            "IDDT", Channel.DIRECT_DEBIT,
            "RCHQ", Channel.CHEQUE,
            "ICHQ", Channel.CHEQUE,
            "CHRG", Channel.BANK_CHARGE);

    private static final Map<String, Channel> SUB_FAMILY = Map.of(
            "STDO", Channel.STANDING_ORDER,
            "CHRG", Channel.BANK_CHARGE);

    public BankTransactionCode withDomain(String value) {
        return new BankTransactionCode(value, family, subFamily, proprietary);
    }

    public BankTransactionCode withFamily(String value) {
        return new BankTransactionCode(domain, value, subFamily, proprietary);
    }

    public BankTransactionCode withSubFamily(String value) {
        return new BankTransactionCode(domain, family, value, proprietary);
    }

    public BankTransactionCode withProprietary(String value) {
        return new BankTransactionCode(domain, family, subFamily, value);
    }

    public boolean isPresent() {
        return domain != null || family != null || subFamily != null || proprietary != null;
    }

    /** {@code PMNT/RCDT/ESCT}, {@code BGC}, or both as {@code PMNT/RCDT/ESCT BGC}; empty when the file gives none. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {domain, family, subFamily}) {
            if (part != null && !part.isBlank()) {
                text.append(text.length() > 0 ? "/" : "").append(part.strip());
            }
        }
        if (proprietary != null && !proprietary.isBlank()) {
            text.append(text.length() > 0 ? " " : "").append(proprietary.strip());
        }
        return text.toString();
    }

    public Channel channel() {
        Channel known = PROPRIETARY.get(upper(proprietary));
        if (known != null) {
            return known;
        }
        known = SUB_FAMILY.get(upper(subFamily));
        if (known != null) {
            return known;
        }
        return FAMILY.getOrDefault(upper(family), Channel.UNKNOWN);
    }

    private static String upper(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
