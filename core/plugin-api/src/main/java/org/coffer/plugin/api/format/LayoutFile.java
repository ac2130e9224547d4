package org.coffer.plugin.api.format;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coffer.plugin.api.Location;

/**
 * Layout settings as a file gave them: each setting's value, and the line it is written on.
 *
 * @param source the file's name, for messages, such as {@code layouts/fernley-bank.layout}
 * @param values each setting's value as written
 * @param lines  the line each setting is written on, counted from 1
 */
public record LayoutFile(String source, Map<String, String> values, Map<String, Long> lines)
        implements LayoutSettings {

    public LayoutFile {
        requireNonNull(source, "source is null");
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
