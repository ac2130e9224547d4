package org.coffer.server.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one run: each value as people read it, and the typed values the SQL binds by name (a
 * {@code null} binding means "all").
 */
record ResolvedParameters(List<ParameterValue> values, Map<String, Object> bindings) {

    ResolvedParameters {
        values = List.copyOf(values);
        // Map.copyOf refuses null values, and null is how "all" is bound.
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }
}
