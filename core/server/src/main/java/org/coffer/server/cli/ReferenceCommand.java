package org.coffer.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.coffer.server.allocation.ReferenceCheck;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.config.Council;
import org.coffer.server.config.CouncilLoader;
import org.coffer.server.plugins.PluginHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reference", description = "Checks a reference against a fund's reference rules: says valid, or "
        + "names each rule and what failed. Exits 0 only when valid.")
final class ReferenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FUND", description = "The fund's code, such as CTAX.")
    String fundCode;

    @Parameters(index = "1", paramLabel = "REFERENCE", description = "The reference, as the payer gives it.")
    String reference;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CofferConfig config = Workspace.config();
        Council council;
        try (PluginHost plugins = PluginHost.load(config.pluginsDir())) {
            council = CouncilLoader.loadConfigured(config, plugins.checkDigitSchemes());
        }
        ReferenceCheck check = ReferenceCheck.of(council, fundCode, reference);
        out.println(check.verdict());
        check.failures().forEach(failure -> out.println("  " + failure));
        out.flush();
        return check.valid() ? 0 : ErrorPrinter.FAILED;
    }
}
