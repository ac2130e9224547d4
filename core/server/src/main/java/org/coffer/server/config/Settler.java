package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.coffer.plugin.api.format.Channel;

/**
 * A payment channel that pays the council in lump sums for payments itemised in its own files, and how to find both
 * sides: which bank lines are its settlements, which detail batches it pays, what it deducts, and how long it takes.
 *
 * @param id the council's short name for the settler, such as {@code ALLPAY}
 * @param name how people name it
 * @param channels the channels whose payments it collects, for fees per channel
 * @param bankAccount the council's code of the account it pays into, or empty for any
 * @param bankPattern a regular expression over a whole bank line's reference (ignoring case) naming its settlements
 * @param reversalPattern the same for the debits that take a settlement back (unpaid direct debits), or empty
 * @param batchKey a regular expression whose first group is the batch id in a settlement's and a reversal's
 *     reference, so that a reversal finds the settlement it takes back; empty when there are no reversals
 * @param detailFormat the format id of its detail files, or empty when no detail file is imported
 * @param detailAccount the account its detail batches name (an Allpay site code, a merchant id)
 * @param feeBasisPoints what it keeps of each batch's sales when the detail carries no fees, in hundredths of a
 *     per cent
 * @param windowDays how many working days after a batch's last day its settlement may come
 * @param tolerancePence how far a settlement may be from its batches for a match to be proposed to a person
 */
public record Settler(String id, String name, List<Channel> channels, String bankAccount, String bankPattern,
        String reversalPattern, String batchKey, String detailFormat, String detailAccount, int feeBasisPoints,
        int windowDays, long tolerancePence) {

    /** Batches paid together in one line, or lines paying one batch, are looked for up to this many at a time. */
    public static final int MAX_PARTS = 4;

    public Settler {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        channels = List.copyOf(channels);
        requireNonNull(bankAccount, "bankAccount is null");
        requireNonNull(detailFormat, "detailFormat is null");
        requireNonNull(detailAccount, "detailAccount is null");
        if (!id.matches("[A-Z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("settler '" + id + "' must be capital letters, digits, _ or -");
        }
        check(bankPattern, "bank_pattern", true);
        check(reversalPattern, "reversal_pattern", false);
        check(batchKey, "batch_key", !reversalPattern.isEmpty());
        if (!batchKey.isEmpty() && Pattern.compile(batchKey).matcher("").groupCount() < 1) {
            throw new IllegalArgumentException("batch_key '" + batchKey + "' has no group ( ) around the batch id");
        }
        if (detailFormat.isEmpty() != detailAccount.isEmpty()) {
            throw new IllegalArgumentException("detail_format and detail_account go together: give both or neither");
        }
        if (feeBasisPoints < 0 || feeBasisPoints > 10_000) {
            throw new IllegalArgumentException("fee_percent must be from 0 to 100");
        }
        if (windowDays < 0 || windowDays > 60) {
            throw new IllegalArgumentException("window_days must be from 0 to 60 working days, was " + windowDays);
        }
        if (tolerancePence < 0) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
    }

    /** Whether Coffer imports its detail, so that its settlements can be matched to batches. */
    public boolean hasDetail() {
        return !detailFormat.isEmpty();
    }

    public boolean hasReversals() {
        return !reversalPattern.isEmpty();
    }

    private static void check(String pattern, String column, boolean required) {
        requireNonNull(pattern, column + " is null");
        if (pattern.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException("the " + column + " column is empty");
            }
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(column + " '" + pattern + "' is not a regular expression: "
                    + e.getDescription());
        }
    }
}
