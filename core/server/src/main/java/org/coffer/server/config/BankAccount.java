package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One of the council's bank accounts, recognised in statements by its IBAN or sort code and account number, and
 * known to the finance system by its bank control code ({@code ledgerCode}, empty until the council gives one).
 */
public record BankAccount(String code, String name, String sortCode, String accountNumber, String iban,
        String currency, String ledgerCode) {

    public BankAccount {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        sortCode = digits(sortCode);
        accountNumber = digits(accountNumber);
        iban = iban == null ? "" : iban.replace(" ", "").toUpperCase(Locale.ROOT);
        requireNonNull(currency, "currency is null");
        ledgerCode = ledgerCode == null ? "" : ledgerCode.strip();
    }

    /** An account the finance system does not know yet: no bank control code. */
    public BankAccount(String code, String name, String sortCode, String accountNumber, String iban,
            String currency) {
        this(code, name, sortCode, accountNumber, iban, currency, "");
    }

    /** Whether an account as a statement writes it (an IBAN, or a sort code and number in any punctuation) is this one. */
    public boolean matches(String statementAccount) {
        String compact = statementAccount.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        if (!iban.isEmpty() && compact.contains(iban)) {
            return true;
        }
        return !accountNumber.isEmpty() && compact.contains(sortCode + accountNumber);
    }

    private static String digits(String text) {
        return text == null ? "" : text.replaceAll("[^0-9]", "");
    }
}
