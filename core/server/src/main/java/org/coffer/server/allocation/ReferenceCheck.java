package org.coffer.server.allocation;

import java.util.List;
import java.util.Optional;
import org.coffer.server.config.AccountHolders;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;
import org.coffer.server.config.ReferenceRule;

/**
 * An officer's question "is this a valid reference for this fund?", answered as the matcher would: the rule it
 * keeps, or each rule and what failed, and whether it is anyone's account where the council loads its holders.
 *
 * @param clean the reference as compared: upper case, without spaces and punctuation
 * @param keptRule the rule the reference keeps, or empty
 * @param failures each rule's name and what failed, when no rule is kept
 * @param nobodys true when a rule is kept but no account holder of the fund has the reference
 */
public record ReferenceCheck(Fund fund, String clean, Optional<String> keptRule, List<String> failures,
        boolean nobodys) {

    public static ReferenceCheck of(Council council, String fundCode, String reference) {
        Fund fund = council.requireFund(fundCode);
        String clean = AccountHolders.clean(reference);
        Optional<ReferenceRule> kept = fund.ruleAccepting(clean);
        boolean nobodys = kept.isPresent() && council.accountHolders().covers(fund.code())
                && !council.accountHolders().holds(fund.code(), clean);
        List<String> failures = kept.isPresent() ? List.of() : fund.referenceRules().stream()
                .map(rule -> "rule '" + rule.name() + "': the reference " + rule.failure(clean).orElseThrow())
                .toList();
        return new ReferenceCheck(fund, clean, kept.map(ReferenceRule::name), failures, nobodys);
    }

    public boolean valid() {
        return keptRule.isPresent() && !nobodys;
    }

    /** The answer in one sentence, as the command line prints it and the page shows it. */
    public String verdict() {
        String what = fund.name() + " (" + fund.code() + ")";
        if (nobodys) {
            return clean + " keeps the rule '" + keptRule.orElseThrow() + "', but no " + what + " account has it.";
        }
        if (keptRule.isPresent()) {
            return clean + " is a valid " + what + " reference: it keeps the rule '" + keptRule.get() + "'.";
        }
        if (fund.referenceRules().isEmpty()) {
            return what + " has no reference rules, so no reference is valid for it.";
        }
        return (clean.isEmpty() ? "An empty reference" : clean) + " is not a valid " + what + " reference:";
    }
}
