package org.coffer.plugins.csvlayout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.format.LayoutSettings;

/** A layout as a council's file would give it, one setting a line in the order given. */
final class TestingLayout implements LayoutSettings {

    private final String source;
    private final Map<String, String> values;
    private final List<String> order;

    private TestingLayout(String source, Map<String, String> values) {
        this.source = source;
        this.values = new LinkedHashMap<>(values);
        this.order = new ArrayList<>(values.keySet());
    }

    static TestingLayout of(String source, Map<String, String> values) {
        return new TestingLayout(source, values);
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
        int index = order.indexOf(name);
        return index < 0 ? Location.wholeFile() : Location.line(index + 1);
    }
}
