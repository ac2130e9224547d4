package org.coffer.server.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.coffer.server.config.CouncilLoader;
import org.coffer.server.config.Fund;
import org.coffer.server.config.ReferenceRule;
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
        Fund fund = CouncilLoader.loadConfigured(Workspace.config()).requireFund(fundCode);
        String clean = Fund.normalise(reference);
        String what = fund.name() + " (" + fund.code() + ")";
        Optional<ReferenceRule> accepting = fund.ruleAccepting(clean);
        if (accepting.isPresent()) {
            out.printf("%s is a valid %s reference: it keeps the rule '%s'.%n", clean, what, accepting.get().name());
        } else if (fund.referenceRules().isEmpty()) {
            out.printf("%s has no reference rules, so no reference is valid for it.%n", what);
        } else {
            out.printf("%s is not a valid %s reference:%n", clean.isEmpty() ? "An empty reference" : clean, what);
            for (ReferenceRule rule : fund.referenceRules()) {
                out.printf("  rule '%s': the reference %s%n", rule.name(), rule.failure(clean).orElseThrow());
            }
        }
        out.flush();
        return accepting.isPresent() ? 0 : ErrorPrinter.FAILED;
    }
}
