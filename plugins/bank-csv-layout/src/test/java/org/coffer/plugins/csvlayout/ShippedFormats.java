package org.coffer.plugins.csvlayout;

import org.coffer.plugin.api.format.InboundFormat;

/** The plugin's shipped formats, found by id as the application would find them. */
final class ShippedFormats {

    private ShippedFormats() {
    }

    static InboundFormat byId(String id) {
        return new CsvLayoutFamily().shippedFormats().stream().filter(format -> format.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no shipped layout " + id));
    }
}
