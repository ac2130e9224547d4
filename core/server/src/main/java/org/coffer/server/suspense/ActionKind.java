package org.coffer.server.suspense;

/** What a person did; stored in {@code money_actions.kind}. */
public enum ActionKind {
    /** Took a suspense item's amount to one fund, or split it over several, credit notes included. */
    ALLOCATE,
    /** Moved money already on funds to other funds or accounts. */
    TRANSFER,
    /** Marked a suspense item for return to the payer; no money moves. */
    RETURN,
    /** Reversed an earlier action's postings. */
    UNDO
}
