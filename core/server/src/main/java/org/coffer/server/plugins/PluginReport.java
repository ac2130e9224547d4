package org.coffer.server.plugins;

import java.util.List;

/**
 * What the plugins folder held at start-up: the plugins that loaded, with what they provide, and those that did
 * not, each with the reason in words a council developer can act on.
 */
public record PluginReport(List<LoadedPlugin> loaded, List<FailedPlugin> failed) {

    public PluginReport {
        loaded = List.copyOf(loaded);
        failed = List.copyOf(failed);
    }

    /** A plugin that is running, with the ids of the formats, check-digit schemes and ledger exports it provides. */
    public record LoadedPlugin(String id, String version, String provider, String requires, List<String> formats,
            List<String> checkDigitSchemes, List<String> ledgerExports, List<String> reports) {
        public LoadedPlugin {
            formats = List.copyOf(formats);
            checkDigitSchemes = List.copyOf(checkDigitSchemes);
            ledgerExports = List.copyOf(ledgerExports);
            reports = List.copyOf(reports);
        }
    }

    /** A plugin that could not be used: its id (or its file when even that was unreadable) and why. */
    public record FailedPlugin(String id, String file, String reason) {
    }
}
