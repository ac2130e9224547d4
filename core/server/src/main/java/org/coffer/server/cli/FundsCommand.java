package org.coffer.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.config.Council;
import org.coffer.server.config.CouncilLoader;
import org.coffer.server.config.Fund;
import org.coffer.server.config.ReferenceRule;
import org.coffer.server.plugins.PluginHost;
import org.coffer.server.text.Amounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "funds", description = "Lists the council's funds: codes, names, ledger codes and reference rules.")
final class FundsCommand implements Callable<Integer> {

    private static final List<String> HEADINGS = List.of("Code", "Name", "Ledger", "Cost centre", "VAT", "Maximum",
            "Enabled", "Reference rules");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CofferConfig config = Workspace.config();
        Council council;
        try (PluginHost plugins = PluginHost.load(config.pluginsDir())) {
            council = CouncilLoader.loadConfigured(config, plugins.checkDigitSchemes());
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (Fund fund : council.funds()) {
            rows.add(List.of(fund.code(), fund.name(), fund.ledgerCode(), fund.costCentre(), fund.vatCode(),
                    fund.maximumPence().isPresent() ? Amounts.format(fund.maximumPence().getAsLong(),
                            council.currency()) : "",
                    fund.enabled() ? "yes" : "no",
                    String.join("; ", fund.referenceRules().stream().map(ReferenceRule::name).toList())));
        }
        out.println("Funds of " + council.name());
        printAligned(out, rows);
        out.flush();
        return 0;
    }

    /** Columns padded to their widest cell, two spaces apart, the last one unpadded. */
    private static void printAligned(PrintWriter out, List<List<String>> rows) {
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.size(); c++) {
                line.append(row.get(c));
                if (c < row.size() - 1) {
                    line.append(" ".repeat(widths[c] - row.get(c).length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
