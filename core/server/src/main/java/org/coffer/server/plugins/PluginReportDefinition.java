package org.coffer.server.plugins;

import static java.util.Objects.requireNonNull;

import org.coffer.plugin.api.report.ReportDefinition;

/** A report definition and the plugin it came from, which every message about it names. */
public record PluginReportDefinition(String pluginId, ReportDefinition definition) {

    public PluginReportDefinition {
        requireNonNull(pluginId, "pluginId is null");
        requireNonNull(definition, "definition is null");
    }

    /** Where the definition came from, as messages and the report's About sheet say it. */
    public String origin() {
        return "plugin " + pluginId + ", " + definition.name();
    }
}
