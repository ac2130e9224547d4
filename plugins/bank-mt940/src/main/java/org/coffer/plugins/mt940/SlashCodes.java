package org.coffer.plugins.mt940;

import java.util.Set;

/**
 * The {@code :86:} layout of Dutch banks: values introduced by codes between slashes, such as
 * {@code /EREF/1755481/NAME/MULTI TANK CARD BV/REMI/Factuur 7903792}. A value may itself hold slashes, so only the
 * known codes start a new value.
 */
final class SlashCodes {

    private static final Set<String> CODES = Set.of("ADDR", "BENM", "BIC", "CD", "CDTRREF", "CDTRREFTP", "CHGS",
            "CSID", "CUR", "EREF", "EXCH", "IBAN", "ID", "ISSR", "MARF", "NAME", "OCMT", "ORDP", "PREF", "PURP",
            "REMI", "RTRN", "SCOR", "SVCL", "TRTP", "ULTC", "ULTD", "USTD", "STRD");

    /** An end-to-end reference that the payer left empty. */
    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private SlashCodes() {
    }

    static boolean isCoded(String text) {
        return text.contains("/NAME/") || text.contains("/REMI/") || text.contains("/EREF/");
    }

    static Information parse(String leadingCode, String text) {
        String name = "";
        String remittance = "";
        String endToEnd = "";
        int at = nextCode(text, 0);
        while (at < text.length()) {
            int codeEnd = text.indexOf('/', at + 1);
            int next = nextCode(text, codeEnd + 1);
            String value = text.substring(codeEnd + 1, next).strip();
            switch (text.substring(at + 1, codeEnd)) {
                case "NAME" -> name = value;
                case "REMI" -> remittance = remittance.isEmpty() ? value : remittance;
                case "EREF" -> endToEnd = NOT_PROVIDED.equals(value) ? "" : value;
                default -> {
                    // Other codes (account numbers, mandate ids) add nothing the line does not already hold.
                }
            }
            at = next;
        }
        String paymentText = remittance.isEmpty() ? endToEnd : remittance;
        return new Information(leadingCode, paymentText, remittance.isEmpty() ? text : remittance, name);
    }

    /** The slash that starts the next known code at or after {@code from}, or the end of the text. */
    private static int nextCode(String text, int from) {
        int at = text.indexOf('/', from);
        while (at >= 0) {
            int end = text.indexOf('/', at + 1);
            if (end < 0) {
                break;
            }
            if (CODES.contains(text.substring(at + 1, end))) {
                return at;
            }
            at = end;
        }
        return text.length();
    }
}
