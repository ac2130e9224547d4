package org.coffer.sampledata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Fernley Borough Council, the fictional council of the demo and the tests: its settings, funds and bank accounts,
 * read from the {@code council/} folder that travels inside this jar.
 */
public final class DemoCouncil {

    /** The configuration files, in the order a council's folder lists them. */
    public static final List<String> FILES = List.of("council.properties", "funds.csv", "bank-accounts.csv",
            "check-digit-schemes.csv", "reference-rules.csv", "matching-rules.csv", "account-holders.csv",
            "vat-codes.csv", "ledger-targets.csv", "settlers.csv", "unit-costs.csv");

    private static final String FOLDER = "org/coffer/sampledata/council/";

    private final Properties settings;
    private final List<Fund> funds;
    private final List<BankAccount> accounts;

    private DemoCouncil(Properties settings, List<Fund> funds, List<BankAccount> accounts) {
        this.settings = settings;
        this.funds = funds;
        this.accounts = accounts;
    }

    /** Reads the council from the classpath. */
    public static DemoCouncil load() {
        Properties settings = new Properties();
        try (BufferedReader reader = open("council.properties")) {
            settings.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo council's council.properties", e);
        }
        List<Fund> funds = new ArrayList<>();
        for (String[] row : rows("funds.csv", 4)) {
            funds.add(new Fund(row[0], row[1], row[2], row[3]));
        }
        List<BankAccount> accounts = new ArrayList<>();
        for (String[] row : rows("bank-accounts.csv", 7)) {
            accounts.add(new BankAccount(row[0], row[1], row[2], row[3], row[4], row[5], row[6]));
        }
        return new DemoCouncil(settings, List.copyOf(funds), List.copyOf(accounts));
    }

    public String name() {
        return settings.getProperty("name");
    }

    public String shortName() {
        return settings.getProperty("short_name");
    }

    public String currency() {
        return settings.getProperty("currency");
    }

    /** The month the financial year starts in: 4, April, as for every English council. */
    public int financialYearStartMonth() {
        return Integer.parseInt(settings.getProperty("financial_year_start_month"));
    }

    public List<Fund> funds() {
        return funds;
    }

    public List<BankAccount> accounts() {
        return accounts;
    }

    public BankAccount account(String code) {
        return accounts.stream().filter(account -> account.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the demo council has no bank account " + code));
    }

    /** The account a statement file names, by IBAN or by sort code and account number. */
    public Optional<BankAccount> accountIdentifiedBy(String identifier) {
        return accounts.stream().filter(account -> account.isIdentifiedBy(identifier)).findFirst();
    }

    /** Copies the council's configuration files ({@link #FILES}) into {@code dir}, creating it when missing. */
    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : FILES) {
            try (InputStream in = resource(name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static List<String[]> rows(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = open(name)) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] row = line.split(",", -1);
                if (row.length < columns) {
                    throw new IllegalStateException(name + ": expected at least " + columns + " columns, found " + row.length
                            + " in '" + line + "'");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo council's " + name, e);
        }
        return rows;
    }

    private static BufferedReader open(String name) {
        return new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8));
    }

    private static InputStream resource(String name) {
        InputStream in = DemoCouncil.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("the demo council's " + name + " is missing from the classpath at "
                    + FOLDER);
        }
        return in;
    }
}
