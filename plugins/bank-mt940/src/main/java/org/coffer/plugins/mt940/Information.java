package org.coffer.plugins.mt940;

import java.util.List;

/**
 * What an {@code :86:} field tells the account owner about a line, in one of three layouts: German and Dutch
 * structured subfields ({@code 166?00GUTSCHRIFT?20...?32name}), Dutch slash codes ({@code /NAME/.../REMI/...}) or
 * free text, where UK banks write a code and the payer on the first line and the payer's reference below.
 *
 * @param leadingCode the letters the text starts with, which UK banks use for the channel ({@code BGC}, {@code FPI})
 * @param remittance the payer's own words about the payment, or empty
 * @param narrative the text to show a person
 * @param counterparty the payer's or payee's name, or empty
 */
record Information(String leadingCode, String remittance, String narrative, String counterparty) {

    static final Information NONE = new Information("", "", "", "");

    /** SWIFT writes {@code :86:} as lines of at most 65 characters; a full line was wrapped, not ended. */
    private static final int LINE_WIDTH = 65;

    static Information parse(String first, List<String> continuation) {
        if (GermanSubfields.isStructured(first)) {
            return GermanSubfields.parse(joinWrapped(first, continuation));
        }
        String text = joinLines(first, continuation);
        if (SlashCodes.isCoded(text)) {
            return SlashCodes.parse(leadingCode(text), text);
        }
        String code = leadingCode(text);
        if (UkChannels.isNarrativeCode(code) && !continuation.isEmpty()) {
            // UK banks put the code and the payer on the first line and the payer's reference on the next.
            String payer = first.strip().substring(code.length());
            return new Information(code, joinLines(continuation.get(0), continuation.subList(1, continuation.size())),
                    text, payer);
        }
        return new Information(code, text, text, "");
    }

    /** Structured subfields wrap at any width, so their lines are simply put back together. */
    private static String joinWrapped(String first, List<String> continuation) {
        if (continuation.isEmpty()) {
            return first;
        }
        StringBuilder text = new StringBuilder(first);
        continuation.forEach(text::append);
        return text.toString();
    }

    /**
     * Free text keeps a line break as a space, except after a full-width line that ends in a letter or digit,
     * where the bank wrapped a word. Blank padding lines are dropped.
     */
    private static String joinLines(String first, List<String> continuation) {
        if (continuation.isEmpty()) {
            return first.strip();
        }
        StringBuilder text = new StringBuilder(first.stripTrailing());
        boolean wrapped = isWrapped(first);
        for (String line : continuation) {
            String content = line.stripTrailing();
            if (content.isEmpty()) {
                wrapped = false;
                continue;
            }
            if (!wrapped && !text.isEmpty()) {
                text.append(' ');
            }
            text.append(content);
            wrapped = isWrapped(line);
        }
        return text.toString().strip();
    }

    private static boolean isWrapped(String line) {
        return line.length() >= LINE_WIDTH && line.charAt(line.length() - 1) != ' ';
    }

    private static String leadingCode(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z') {
            end++;
        }
        return text.substring(0, end);
    }
}
