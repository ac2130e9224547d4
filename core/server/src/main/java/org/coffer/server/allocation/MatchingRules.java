package org.coffer.server.allocation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coffer.server.config.MatchCondition;
import org.coffer.server.config.MatchingRule;

/** The council's ordered matching rules, tried against a payment until one holds. */
final class MatchingRules {

    private final List<MatchingRule> rules;

    MatchingRules(List<MatchingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The first rule all of whose conditions hold for the payment. */
    Optional<MatchingRule> firstHolding(Payment payment) {
        for (MatchingRule rule : rules) {
            if (allHold(rule, payment)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** A loop rather than a stream: it runs for every line imported. */
    private static boolean allHold(MatchingRule rule, Payment payment) {
        for (MatchCondition condition : rule.conditions()) {
            if (!holds(condition, payment)) {
                return false;
            }
        }
        return true;
    }

    static boolean holds(MatchCondition condition, Payment payment) {
        if (condition instanceof MatchCondition.OnText text) {
            return holds(text, field(text.field(), payment));
        }
        if (condition instanceof MatchCondition.OnAmount amount) {
            return payment.signedPence().isPresent()
                    && amount.comparison().holds(Long.compare(payment.signedPence().getAsLong(), amount.pence()));
        }
        MatchCondition.OnValueDate date = (MatchCondition.OnValueDate) condition;
        return payment.valueDate().isPresent()
                && date.comparison().holds(payment.valueDate().get().compareTo(date.date()));
    }

    private static boolean holds(MatchCondition.OnText condition, String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return switch (condition.test()) {
            case IS -> upper.equals(condition.value());
            case CONTAINS -> upper.contains(condition.value());
            case STARTS_WITH -> upper.startsWith(condition.value());
            case MATCHES -> condition.pattern().matcher(value).matches();
        };
    }

    private static String field(MatchCondition.TextField field, Payment payment) {
        return switch (field) {
            case REFERENCE -> payment.reference();
            case NARRATIVE -> payment.narrative();
            case CHANNEL -> payment.channel();
            case BANK_ACCOUNT -> payment.bankAccount();
            case FORMAT -> payment.format();
        };
    }
}
