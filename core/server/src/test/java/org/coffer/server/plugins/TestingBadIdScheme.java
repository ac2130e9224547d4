package org.coffer.server.plugins;

import java.util.Optional;
import org.coffer.plugin.api.reference.CheckDigitScheme;

/** A scheme whose id no reference-rules.csv cell could name. */
public final class TestingBadIdScheme implements CheckDigitScheme {

    @Override
    public String id() {
        return "MOD 97, BUT WRONG";
    }

    @Override
    public String description() {
        return "an id with spaces and a comma";
    }

    @Override
    public Optional<String> check(String reference) {
        return Optional.empty();
    }
}
