package org.coffer.plugins.bacs;

import java.util.Map;

/** What the reason codes of ADDACS and AUDDIS advices mean, where Bacs' public guidance says so. */
final class AdviceNotices {

    private static final Map<String, String> ADDACS = Map.of(
            "0", "instruction cancelled by the payer's bank",
            "1", "instruction cancelled by the payer",
            "2", "payer deceased",
            "3", "account transferred to another bank, with the new details");

    private AdviceNotices() {
    }

    static String addacs(String code) {
        String meaning = ADDACS.get(code);
        return "ADDACS reason " + code + (meaning == null ? "" : ": " + meaning);
    }
}
