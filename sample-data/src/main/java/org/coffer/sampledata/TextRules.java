package org.coffer.sampledata;

/** Which characters a format can carry in payer names: MT940 is limited to the SWIFT "x" character set. */
enum TextRules {
    /** Any text; the writer escapes it (camt.053). */
    ANY,
    /** The SWIFT x set: letters, digits, space and {@code / - ? : ( ) . , ' +}; {@code &} becomes {@code AND}. */
    SWIFT_X;

    String apply(String text) {
        if (this == ANY) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                out.append("AND");
            } else if (isSwiftX(c) && !(c == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' '))) {
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static boolean isSwiftX(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-?:().,'+ ".indexOf(c) >= 0;
    }
}
