package org.coffer.server.suspense;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A transfer or journal between funds and accounts: one source to many targets whose amounts add up to it, or
 * several sources each paired with the target at the same position and of the same amount.
 */
public record Transfer(List<Source> sources, List<AllocationLine> targets, String reason) {

    public Transfer {
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        targets = List.copyOf(requireNonNull(targets, "targets is null"));
        reason = requireNonNull(reason, "reason is null").strip();
    }

    /** Money taken off a fund and account of one receipt; the amount is positive. */
    public record Source(long receiptId, AllocationLine from) {

        public Source {
            requireNonNull(from, "from is null");
        }
    }
}
