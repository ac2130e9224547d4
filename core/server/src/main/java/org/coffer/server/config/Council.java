package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.coffer.server.CofferException;

/**
 * The council Coffer works for, as its configuration folder describes it: its name, funds (with their reference
 * rules), bank accounts, the ordered matching rules tried before references, and the account holders of the funds
 * that have them loaded, and its names for the channels payments arrive by.
 */
public record Council(String name, String currency, List<Fund> funds, List<BankAccount> bankAccounts,
        List<MatchingRule> matchingRules, AccountHolders accountHolders, Channels channels) {

    public Council {
        requireNonNull(name, "name is null");
        requireNonNull(currency, "currency is null");
        funds = List.copyOf(funds);
        bankAccounts = List.copyOf(bankAccounts);
        matchingRules = List.copyOf(matchingRules);
        requireNonNull(accountHolders, "accountHolders is null");
        requireNonNull(channels, "channels is null");
        if (funds.stream().noneMatch(Fund::isSuspense)) {
            throw new IllegalArgumentException("the council has no suspense fund (code " + Fund.SUSPENSE + ")");
        }
        for (MatchingRule rule : matchingRules) {
            if (!rule.marksSettlement() && funds.stream().noneMatch(fund -> fund.code().equals(rule.fundCode()))) {
                throw new IllegalArgumentException("matching rule '" + rule.name() + "' names fund " + rule.fundCode()
                        + ", which the council does not have");
            }
        }
    }

    /** A council whose channels are named as Coffer names them. */
    public Council(String name, String currency, List<Fund> funds, List<BankAccount> bankAccounts,
            List<MatchingRule> matchingRules, AccountHolders accountHolders) {
        this(name, currency, funds, bankAccounts, matchingRules, accountHolders, Channels.defaults());
    }

    /** A council without account holders: a fund takes any reference its rules accept. */
    public Council(String name, String currency, List<Fund> funds, List<BankAccount> bankAccounts,
            List<MatchingRule> matchingRules) {
        this(name, currency, funds, bankAccounts, matchingRules, AccountHolders.none());
    }

    /** A council without matching rules or account holders: payments are matched by reference alone. */
    public Council(String name, String currency, List<Fund> funds, List<BankAccount> bankAccounts) {
        this(name, currency, funds, bankAccounts, List.of());
    }

    /** A council with nothing configured yet: every payment goes to suspense. */
    public static Council unconfigured() {
        return new Council("Coffer", "GBP", List.of(Fund.named(Fund.SUSPENSE, "Suspense")), List.of());
    }

    public Optional<Fund> fund(String code) {
        return funds.stream().filter(fund -> fund.code().equals(code)).findFirst();
    }

    /** The fund with the code, refused with the council's fund codes when there is none. */
    public Fund requireFund(String code) {
        return fund(code).orElseThrow(() -> new CofferException(ConfigErrorCode.COUNCIL_UNKNOWN_FUND,
                name + " has no fund " + code + "; its funds are "
                        + String.join(", ", funds.stream().map(Fund::code).toList())));
    }

    /** The council's code for a bank account as a statement writes it, or the text itself when it is not theirs. */
    public String bankAccountCode(String statementAccount) {
        return bankAccounts.stream().filter(a -> a.matches(statementAccount)).map(BankAccount::code).findFirst()
                .orElse(statementAccount);
    }
}
