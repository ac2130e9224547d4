package org.coffer.sampledata;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One of the council's bank accounts, as {@code bank-accounts.csv} lists it.
 *
 * @param code the council's short code, such as {@code MAIN}
 * @param name what the council calls it
 * @param sortCode the sort code as printed, {@code 30-99-42}
 * @param accountNumber the 8-digit account number
 * @param iban the IBAN, used by camt.053 files
 * @param currency the ISO 4217 currency
 * @param statementFormat the format id of its statement files, {@code mt940} or {@code camt053}
 */
public record BankAccount(String code, String name, String sortCode, String accountNumber, String iban,
        String currency, String statementFormat) {

    public BankAccount {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(sortCode, "sortCode is null");
        requireNonNull(accountNumber, "accountNumber is null");
        requireNonNull(iban, "iban is null");
        requireNonNull(currency, "currency is null");
        requireNonNull(statementFormat, "statementFormat is null");
        if (!sortCode.matches("[0-9]{2}-[0-9]{2}-[0-9]{2}")) {
            throw new IllegalArgumentException("sortCode of " + code + " must look like 12-34-56, was " + sortCode);
        }
        if (!accountNumber.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("accountNumber of " + code + " must be 8 digits, was " + accountNumber);
        }
        if (!Iban.hasValidCheckDigits(iban)) {
            throw new IllegalArgumentException("iban of " + code + " has wrong check digits: " + iban);
        }
    }

    /** The 14-digit sort code and account number, as MT940 writes it in {@code :25:}. */
    public String sortCodeAndAccountNumber() {
        return sortCode.replace("-", "") + accountNumber;
    }

    /** How this account's own statement files name it: sort code and number for MT940, the IBAN for camt.053. */
    public String statementAccountId() {
        return statementFormat.equals("mt940") ? sortCodeAndAccountNumber() : iban;
    }

    /**
     * Whether a statement's account identifier names this account, whatever the file's spelling: the IBAN, or the
     * sort code and account number with or without spaces, dashes and a slash between them.
     */
    public boolean isIdentifiedBy(String identifier) {
        String plain = identifier.replaceAll("[\\s/-]", "").toUpperCase(Locale.ROOT);
        return plain.equals(iban) || plain.equals(sortCodeAndAccountNumber());
    }
}
