package org.coffer.plugins.csvlayout;

import java.util.List;
import org.coffer.plugin.api.format.FormatFamily;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.format.LayoutSettings;
import org.pf4j.Extension;

/**
 * Bank CSV and fixed-width exports in layouts written as data. It ships the UK layouts banks and their software
 * partners publish, and reads any layout a council writes for its own bank.
 */
@Extension
public final class CsvLayoutFamily implements FormatFamily {

    /** The layouts the plugin ships, each a resource under {@code layouts/}. */
    static final List<String> SHIPPED = List.of("lloyds-cbo-csv", "lloyds-online-csv", "natwest-bankline-csv",
            "hsbcnet-csv", "clydesdale-csv");

    @Override
    public String id() {
        return "csv-layout";
    }

    @Override
    public List<InboundFormat> shippedFormats() {
        return SHIPPED.stream().map(id -> format(ShippedLayout.load("layouts/" + id + ".layout"))).toList();
    }

    @Override
    public InboundFormat format(LayoutSettings layout) {
        return new LayoutFormat(LayoutParser.parse(layout));
    }
}
