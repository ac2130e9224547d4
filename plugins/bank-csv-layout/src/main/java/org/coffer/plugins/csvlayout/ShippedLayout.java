package org.coffer.plugins.csvlayout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.coffer.plugin.api.format.LayoutFile;

/**
 * Reads a published bank layout the plugin carries as a resource, in the same {@code name=value} form a council
 * writes its own in: one setting a line, {@code #} starting a comment.
 */
final class ShippedLayout {

    private ShippedLayout() {
    }

    static LayoutFile load(String resource) {
        Map<String, String> values = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
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
                    values.put(name, line.substring(equals + 1).strip());
                    lines.put(name, number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LayoutFile(resource, values, lines);
    }
}
