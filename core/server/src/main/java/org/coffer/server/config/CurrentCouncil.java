package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * The council Coffer works for now. Services ask it for the council once per operation, so that a change made in
 * the browser applies to the next import without a restart, while an import already running finishes on the council
 * it started with. The council is replaced only inside a writing transaction, the same turn imports take.
 */
public final class CurrentCouncil implements Supplier<Council> {

    private volatile Council council;

    public CurrentCouncil(Council council) {
        this.council = requireNonNull(council, "council is null");
    }

    /** The council as it stands now. */
    @Override
    public Council get() {
        return council;
    }

    /** Makes {@code changed} the council every later operation works on. */
    public void replace(Council changed) {
        this.council = requireNonNull(changed, "changed is null");
    }
}
