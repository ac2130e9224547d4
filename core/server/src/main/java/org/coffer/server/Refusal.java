package org.coffer.server;

/**
 * What a person's refused request ran into, where it is more than a bad request: something that does not exist, or
 * a clash with what is stored. Error codes say it of themselves, so the web edge answers 404 or 409 without keeping
 * a list of every capability's codes.
 */
public interface Refusal {

    /** Whether the request names something that does not exist: the API answers 404. */
    default boolean isNotFound() {
        return false;
    }

    /** Whether the request clashes with what is stored or with someone else's work: the API answers 409. */
    default boolean isConflict() {
        return false;
    }
}
