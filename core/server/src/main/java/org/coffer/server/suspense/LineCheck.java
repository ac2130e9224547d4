package org.coffer.server.suspense;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.coffer.server.CofferException;
import org.coffer.server.allocation.ReferenceCheck;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;
import org.coffer.server.text.Amounts;

/**
 * Checks the lines an officer puts money on, whether clearing suspense or transferring: each names a fund that
 * exists, is enabled and is not suspense, a reference that fund's rules accept, and an amount.
 */
final class LineCheck {

    private final Supplier<Council> council;

    LineCheck(Supplier<Council> council) {
        this.council = council;
    }

    /**
     * Every problem with the line, each starting with {@code label}.
     *
     * @param creditNote whether the line runs against the money it comes from, which only some funds allow
     */
    List<String> problems(String label, AllocationLine line, boolean creditNote, String currency) {
        List<String> problems = new ArrayList<>();
        Optional<Fund> found = council.get().fund(line.fundCode());
        if (found.isEmpty()) {
            problems.add(label + ": there is no fund '" + line.fundCode() + "'; the funds are "
                    + String.join(", ", council.get().funds().stream().map(Fund::code).toList()));
            return problems;
        }
        Fund fund = found.get();
        if (fund.isSuspense()) {
            problems.add(label + ": money cannot go back to the suspense fund " + fund.code()
                    + "; leave the item in the queue instead");
            return problems;
        }
        if (!fund.enabled()) {
            problems.add(label + ": fund " + fund.code() + " is not enabled, so it takes no money");
        }
        if (line.pence() == 0) {
            problems.add(label + ": the amount is nothing; give an amount or remove the line");
        }
        if (creditNote && !fund.creditNotes()) {
            problems.add(label + ": " + Amounts.format(line.pence(), currency) + " is a credit note, and fund "
                    + fund.code() + " does not take credit notes");
        }
        if (!fund.referenceRules().isEmpty()) {
            ReferenceCheck check = ReferenceCheck.of(council.get(), fund.code(), line.accountReference());
            if (!check.valid()) {
                problems.add(label + ": " + check.verdict()
                        + (check.failures().isEmpty() ? "" : " " + String.join("; ", check.failures())));
            }
        }
        return problems;
    }

    /** Refuses with every problem found, or returns when there are none. */
    static void refuseIfAny(List<String> problems, SuspenseErrorCode code, String what) {
        if (problems.isEmpty()) {
            return;
        }
        String message = problems.size() == 1 ? what + " was refused: " + problems.get(0)
                : what + " was refused, " + problems.size() + " problems: " + String.join("; ", problems);
        throw new CofferException(code, message, problems, null);
    }
}
