package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.format.LayoutSettings;

/**
 * A bank export layout a council wrote in its {@code layouts} folder: the settings of one {@code .layout} file and
 * the line each is on, handed to the plugin whose format family the file names.
 *
 * @param source the file's name within the council's folder, such as {@code layouts/fernley-bank.layout}
 * @param family the format family that reads it, from its {@code family} setting
 */
public record CouncilLayout(String source, String family, Map<String, String> values, Map<String, Long> lines)
        implements LayoutSettings {

    public CouncilLayout {
        requireNonNull(source, "source is null");
        requireNonNull(family, "family is null");
        values = Map.copyOf(values);
        lines = Map.copyOf(lines);
    }

    @Override
    public Set<String> names() {
        return values.keySet();
    }

    @Override
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    @Override
    public Location location(String name) {
        Long line = lines.get(name);
        return line == null ? Location.wholeFile() : Location.line(line);
    }
}
