package org.coffer.server.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coffer.server.config.AccountHolders;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;
import org.coffer.server.config.MatchingRule;
import org.coffer.server.config.ReferenceRule;
import org.coffer.server.text.Amounts;

/**
 * Finds the fund a payment belongs to. The council's matching rules are tried first, in order, and the first that
 * holds decides. Otherwise each candidate reference in the payment's reference and narrative is checked against
 * every fund's reference rules, check characters included, so that a reference shaped like another fund's is
 * rarely taken for it; where a fund's account holders are loaded, a reference must also be a holder's, so that a
 * mistyped reference that keeps its check digit is not posted to somebody else's account. A payment is allocated
 * only when exactly one fund takes exactly one reference; anything else goes to suspense with the reason, so a wrong
 * match is never made to save an officer a look. Deterministic: the same payment always gives the same answer.
 */
public final class ReferenceMatcher {

    private final Council council;
    private final AccountHolders holders;
    private final MatchingRules matchingRules;
    private final List<Fund> referencedFunds;

    public ReferenceMatcher(Council council) {
        this.council = council;
        this.holders = council.accountHolders();
        this.matchingRules = new MatchingRules(council.matchingRules());
        this.referencedFunds = council.funds().stream().filter(f -> !f.referenceRules().isEmpty()).toList();
    }

    /** Allocates a payment known only by its reference and narrative. */
    public Allocation allocate(String reference, String narrative) {
        return allocate(Payment.ofText(reference, narrative));
    }

    public Allocation allocate(Payment payment) {
        return allocate(payment, matchingRules.firstHolding(payment));
    }

    /**
     * Where a statement's payment is posted, or empty when the council's rules call it a settlement, which is not
     * posted. The matching rules are tried once for both answers.
     */
    public Optional<Allocation> allocateUnlessSettlement(Payment payment) {
        Optional<MatchingRule> rule = matchingRules.firstHolding(payment);
        if (rule.isPresent() && rule.get().marksSettlement()) {
            return Optional.empty();
        }
        return Optional.of(allocate(payment, rule));
    }

    private Allocation allocate(Payment payment, Optional<MatchingRule> rule) {
        if (rule.isPresent() && rule.get().marksSettlement()) {
            return suspense("matching rule '" + rule.get().name() + "' calls it a settlement, which is not posted");
        }
        if (rule.isPresent()) {
            return byRule(rule.get(), payment);
        }
        Set<String> candidates = Candidates.of(payment.reference(), payment.narrative());
        List<Match> valid = validReferences(candidates);
        List<Match> matches = new ArrayList<>(valid.size());
        for (Match match : valid) {
            if (isAnAccount(match)) {
                matches.add(match);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0).allocation(payment, council.currency());
        }
        if (matches.isEmpty()) {
            return suspense(noMatchReason(payment.reference(), candidates, valid));
        }
        return suspense("more than one fund could take it: "
                + String.join("; ", matches.stream().map(Match::describe).toList()));
    }

    private Allocation byRule(MatchingRule rule, Payment payment) {
        String because = "matching rule '" + rule.name() + "'" + (rule.reason().isEmpty() ? "" : ": " + rule.reason());
        Fund fund = council.fund(rule.fundCode()).orElseThrow();
        if (fund.isSuspense()) {
            return suspense(because);
        }
        if (!fund.enabled()) {
            return suspense(because + ", but fund " + fund.code() + " is not enabled");
        }
        String accountReference = Candidates.of(payment.reference(), payment.narrative()).stream()
                .filter(candidate -> fund.ruleAccepting(candidate).isPresent())
                .filter(candidate -> isAnAccount(fund, candidate)).findFirst().orElse("");
        return new Allocation(fund.code(), accountReference, because);
    }

    /** Each candidate that one of a fund's rules accepts, with the fund and the rule. */
    private List<Match> validReferences(Set<String> candidates) {
        List<Match> valid = new ArrayList<>();
        for (String candidate : candidates) {
            for (Fund fund : referencedFunds) {
                fund.ruleAccepting(candidate).ifPresent(rule -> valid.add(new Match(fund, candidate, rule)));
            }
        }
        return valid;
    }

    private boolean isAnAccount(Match match) {
        return isAnAccount(match.fund(), match.reference());
    }

    /** Whether the reference is one of the fund's accounts, or the fund has no holders loaded to say otherwise. */
    private boolean isAnAccount(Fund fund, String reference) {
        return !holders.covers(fund.code()) || holders.holds(fund.code(), reference);
    }

    private static String noMatchReason(String reference, Set<String> candidates, List<Match> notHeld) {
        if (!notHeld.isEmpty()) {
            return String.join("; ", notHeld.stream()
                    .map(match -> match.describe() + ", but no " + match.fund().name() + " account has it").toList());
        }
        if (!candidates.isEmpty()) {
            return "no fund's reference rules accept " + String.join(", ", candidates);
        }
        if (reference.isBlank()) {
            return "the payment carries no reference";
        }
        return "'" + reference.strip() + "' does not look like any fund's reference";
    }

    private static Allocation suspense(String reason) {
        return new Allocation(Fund.SUSPENSE, "", reason);
    }

    /** A candidate one of a fund's rules accepts. */
    private record Match(Fund fund, String reference, ReferenceRule rule) {

        String describe() {
            return "reference " + reference + " passes the " + fund.name() + " rule '" + rule.name() + "'";
        }

        /** The match, unless the fund is closed or the amount is over the fund's limit. */
        Allocation allocation(Payment payment, String currency) {
            if (!fund.enabled()) {
                return suspense(describe() + ", but that fund is not enabled");
            }
            long pence = payment.signedPence().orElse(0);
            if (fund.maximumPence().isPresent() && Math.abs(pence) > fund.maximumPence().getAsLong()) {
                return suspense(describe() + ", but " + Amounts.format(Math.abs(pence), currency)
                        + " is over the fund's limit of " + Amounts.format(fund.maximumPence().getAsLong(), currency));
            }
            return new Allocation(fund.code(), reference, describe());
        }
    }
}
