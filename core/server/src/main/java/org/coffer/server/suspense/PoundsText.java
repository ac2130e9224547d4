package org.coffer.server.suspense;

import java.math.BigDecimal;
import org.coffer.server.CofferException;

/** Amounts as officers type them: pounds with at most two decimal places, with or without a £ and commas. */
public final class PoundsText {

    private PoundsText() {
    }

    /**
     * The pence in {@code text}, or a clear refusal naming {@code what} was being read.
     *
     * @param what how the message names the field, such as {@code line 2}
     */
    public static long pence(String text, String what) {
        String clean = text == null ? "" : text.strip().replace("£", "").replace(",", "");
        if (clean.isEmpty()) {
            throw new CofferException(SuspenseErrorCode.SUSPENSE_BAD_LINES, what + ": give an amount in pounds, "
                    + "such as 60.00");
        }
        try {
            return new BigDecimal(clean).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new CofferException(SuspenseErrorCode.SUSPENSE_BAD_LINES, what + ": '" + text.strip()
                    + "' is not an amount in pounds with at most two decimal places, such as 60.00");
        }
    }
}
