package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** The council Coffer works for: its name, funds and bank accounts, as its configuration folder describes them. */
public record Council(String name, String currency, List<Fund> funds, List<BankAccount> bankAccounts) {

    public Council {
        requireNonNull(name, "name is null");
        requireNonNull(currency, "currency is null");
        funds = List.copyOf(funds);
        bankAccounts = List.copyOf(bankAccounts);
        if (funds.stream().noneMatch(Fund::isSuspense)) {
            throw new IllegalArgumentException("the council has no suspense fund (code " + Fund.SUSPENSE + ")");
        }
    }

    /** A council with nothing configured yet: every payment goes to suspense. */
    public static Council unconfigured() {
        return new Council("Coffer", "GBP",
                List.of(new Fund(Fund.SUSPENSE, "Suspense", Optional.empty(), "")), List.of());
    }

    /** The council's code for a bank account as a statement writes it, or the text itself when it is not theirs. */
    public String bankAccountCode(String statementAccount) {
        return bankAccounts.stream().filter(a -> a.matches(statementAccount)).map(BankAccount::code).findFirst()
                .orElse(statementAccount);
    }
}
