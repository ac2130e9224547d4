package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One of the council's ordered matching rules: when all its conditions hold, the payment goes to the fund (the
 * suspense fund to hold it back for a person, giving the reason), and no later rule is tried. A rule whose fund is
 * {@link #SETTLEMENT} says the line is not a payment but a settlement of payments that a channel's own file
 * itemises: it is kept as the evidence that the money arrived, and not posted as income, so it is never counted
 * twice.
 *
 * @param name the rule's name, recorded with each allocation it makes
 * @param conditions the tests, all of which must hold; none means every payment
 * @param fundCode the fund the payment goes to, or {@link #SETTLEMENT}
 * @param reason why, in words recorded with the allocation
 */
public record MatchingRule(String name, List<MatchCondition> conditions, String fundCode, String reason) {

    public static final String SETTLEMENT = "SETTLEMENT";

    public MatchingRule {
        requireNonNull(name, "name is null");
        conditions = List.copyOf(conditions);
        requireNonNull(fundCode, "fundCode is null");
        requireNonNull(reason, "reason is null");
    }

    public boolean marksSettlement() {
        return SETTLEMENT.equals(fundCode);
    }
}
