package org.coffer.server.reconciliation;

/**
 * What one matching run found.
 *
 * @param exact matches made to the penny, whatever their shape
 * @param proposed matches within a settler's tolerance, waiting for a person
 * @param reversals unpaid direct debits matched to the collections they take back
 */
public record MatchRun(int exact, int proposed, int reversals) {

    static final MatchRun NONE = new MatchRun(0, 0, 0);

    MatchRun plus(MatchRun other) {
        return new MatchRun(exact + other.exact, proposed + other.proposed, reversals + other.reversals);
    }
}
