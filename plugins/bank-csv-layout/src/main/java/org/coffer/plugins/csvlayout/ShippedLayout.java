package org.coffer.plugins.csvlayout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.format.LayoutSettings;

/**
 * A published bank layout the plugin carries as a resource, in the same {@code name=value} form a council writes
 * its own in: one setting a line, {@code #} starting a comment.
 */
final class ShippedLayout implements LayoutSettings {

    private final String source;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Long> lines = new HashMap<>();

    private ShippedLayout(String source) {
        this.source = source;
    }

    static ShippedLayout load(String resource) {
        ShippedLayout layout = new ShippedLayout(resource);
        try (InputStream in = ShippedLayout.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin has no layout " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.strip().startsWith("#") && equals > 0) {
                    String name = line.substring(0, equals).strip();
                    layout.values.put(name, line.substring(equals + 1).strip());
                    layout.lines.put(name, number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layout;
    }

    @Override
    public String source() {
        return source;
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
