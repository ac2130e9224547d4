package org.coffer.plugins.govukpay;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a row's State means money moved. Payments that succeeded, refunds that succeeded and disputes lost to
 * the customer moved money; a declined, failed, cancelled or unfinished payment did not. States are the display
 * names GOV.UK Pay's ledger writes; an unknown one is refused rather than guessed.
 */
final class PaymentState {

    private static final Set<String> MONEY = Set.of("success", "successful", "refund success", "refund successful",
            "dispute lost to customer");
    private static final Set<String> NO_MONEY = Set.of("created", "started", "submitted", "capturable",
            "in progress", "declined", "failed", "timed out", "cancelled", "error", "refund created",
            "refund submitted", "refund error", "dispute awaiting evidence", "dispute under review",
            "dispute won in your favour");

    private PaymentState() {
    }

    static boolean movedMoney(String field, String cell) throws InvalidFieldException {
        String state = cell.strip().toLowerCase(Locale.ROOT);
        if (MONEY.contains(state)) {
            return true;
        }
        if (NO_MONEY.contains(state)) {
            return false;
        }
        throw new InvalidFieldException(field, GovUkPayErrorCode.GOVUK_PAY_BAD_VALUE, "'" + cell
                + "' is not a GOV.UK Pay state (such as Success, Declined, Refund success or Dispute lost to customer)");
    }
}
