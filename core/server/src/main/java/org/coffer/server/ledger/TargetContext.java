package org.coffer.server.ledger;

import java.util.Map;
import java.util.Optional;
import org.coffer.plugin.api.ledger.ExportContext;

/** What an export plugin is told: the council, the file, and the target's settings from ledger-targets.csv. */
record TargetContext(String councilName, String fileName, Map<String, String> settings) implements ExportContext {

    TargetContext {
        settings = Map.copyOf(settings);
    }

    @Override
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }
}
