package org.coffer.plugin.testing;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.coffer.plugin.api.ledger.ExportContext;

/** The context the application would give a ledger export: the council, the file's name and the target's settings. */
public record TestingExportContext(String councilName, String fileName, Map<String, String> settings)
        implements ExportContext {

    public static final String COUNCIL = "Testshire District Council";

    public TestingExportContext {
        requireNonNull(councilName, "councilName is null");
        requireNonNull(fileName, "fileName is null");
        settings = Map.copyOf(settings);
    }

    public static TestingExportContext of(String fileName, Map<String, String> settings) {
        return new TestingExportContext(COUNCIL, fileName, settings);
    }

    @Override
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    /** The same context with one setting changed. */
    public TestingExportContext with(String name, String value) {
        Map<String, String> changed = new HashMap<>(settings);
        changed.put(name, value);
        return new TestingExportContext(councilName, fileName, changed);
    }

    /** The same context without one setting, as when the council never set it. */
    public TestingExportContext without(String name) {
        Map<String, String> changed = new HashMap<>(settings);
        changed.remove(name);
        return new TestingExportContext(councilName, fileName, changed);
    }
}
