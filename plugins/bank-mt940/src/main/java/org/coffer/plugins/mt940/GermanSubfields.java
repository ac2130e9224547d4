package org.coffer.plugins.mt940;

/**
 * The {@code :86:} layout of German and some Dutch banks: a three-digit business code, then subfields each
 * introduced by {@code ?} and two digits. {@code ?00} is the booking text, {@code ?20} to {@code ?29} and
 * {@code ?60} to {@code ?63} the remittance text, {@code ?32} and {@code ?33} the other party's name.
 */
final class GermanSubfields {

    private static final String SEPA_REMITTANCE = "SVWZ+";

    private GermanSubfields() {
    }

    static boolean isStructured(String first) {
        return first.length() >= 4 && SwiftDates.digits(first, 0, 3) && first.charAt(3) == '?';
    }

    static Information parse(String text) {
        StringBuilder bookingText = new StringBuilder();
        StringBuilder remittance = new StringBuilder();
        StringBuilder name = new StringBuilder();
        int at = nextSubfield(text, 0);
        while (at < text.length()) {
            int next = nextSubfield(text, at + 1);
            int code = (text.charAt(at + 1) - '0') * 10 + (text.charAt(at + 2) - '0');
            String value = text.substring(at + 3, next);
            if (code == 0) {
                bookingText.append(value);
            } else if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) {
                remittance.append(value);
            } else if (code == 32 || code == 33) {
                name.append(value);
            }
            at = next;
        }
        String remittanceText = remittance.toString().strip();
        String narrative = (bookingText.toString().strip() + " " + remittanceText).strip();
        return new Information("", sepaRemittance(remittanceText), narrative, name.toString().strip());
    }

    /** SEPA lines carry keyed parts ({@code EREF+}, {@code MREF+}); the payer's own words follow {@code SVWZ+}. */
    private static String sepaRemittance(String text) {
        int words = text.indexOf(SEPA_REMITTANCE);
        return words < 0 ? text : text.substring(words + SEPA_REMITTANCE.length()).strip();
    }

    /** The next {@code ?} that starts a subfield, or the end of the text. */
    private static int nextSubfield(String text, int from) {
        int at = text.indexOf('?', from);
        while (at >= 0 && !SwiftDates.digits(text, at + 1, 2)) {
            at = text.indexOf('?', at + 1);
        }
        return at < 0 ? text.length() : at;
    }
}
