package org.coffer.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.coffer.plugin.api.PluginApi;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.plugins.PluginHost;
import org.coffer.server.plugins.PluginReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plugins", description = "Lists the plugins loaded, what they provide, and any that failed and why.")
final class PluginsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CofferConfig config = Workspace.config();
        try (PluginHost host = PluginHost.load(config.pluginsDir())) {
            PluginReport report = host.report();
            out.printf("Plugins in %s (plugin API %s)%n", config.pluginsDir(), PluginApi.version());
            for (PluginReport.LoadedPlugin plugin : report.loaded()) {
                out.printf("  %s %s (needs API %s): formats %s, check-digit schemes %s, ledger exports %s, reports %s%n",
                        plugin.id(), plugin.version(), plugin.requires(), listed(plugin.formats()),
                        listed(plugin.checkDigitSchemes()), listed(plugin.ledgerExports()), listed(plugin.reports()));
            }
            for (PluginReport.FailedPlugin failed : report.failed()) {
                out.printf("  FAILED %s (%s): %s%n", failed.id(), failed.file(), failed.reason());
            }
            if (report.loaded().isEmpty() && report.failed().isEmpty()) {
                out.println("  none");
            }
            out.flush();
            return report.failed().isEmpty() ? 0 : ErrorPrinter.FAILED;
        }
    }

    private static String listed(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
