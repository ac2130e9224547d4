package org.coffer.plugins.csvlayout;

import java.util.HashMap;
import java.util.Map;
import org.coffer.plugin.api.format.LayoutFile;

/** A layout as a council's file would give it, one setting a line in the order given. */
final class TestingLayout {

    private TestingLayout() {
    }

    static LayoutFile of(String source, Map<String, String> values) {
        Map<String, Long> lines = new HashMap<>();
        long line = 0;
        for (String name : values.keySet()) {
            lines.put(name, ++line);
        }
        return new LayoutFile(source, values, lines);
    }
}
