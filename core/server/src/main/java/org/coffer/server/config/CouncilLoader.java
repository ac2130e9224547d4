package org.coffer.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.coffer.server.CofferException;

/**
 * Reads a council's configuration folder: {@code council.properties}, {@code funds.csv} and
 * {@code bank-accounts.csv}, and when present {@code check-digit-schemes.csv}, {@code reference-rules.csv},
 * {@code matching-rules.csv}, {@code account-holders.csv} and {@code channels.csv}. A fund that {@code reference-rules.csv} does not list
 * keeps the {@code reference_pattern} of {@code funds.csv} as its one rule. Reference rules may name the council's
 * own check-digit schemes and those the plugins provide.
 */
public final class CouncilLoader {

    static final String FUNDS = "funds.csv";
    static final String BANK_ACCOUNTS = "bank-accounts.csv";

    private CouncilLoader() {
    }

    /** The council the configuration names, refused with a clear message when it names none. */
    public static Council loadConfigured(CofferConfig config) {
        return loadConfigured(config, List.of());
    }

    /** The council the configuration names, whose reference rules may name the plugins' check-digit schemes. */
    public static Council loadConfigured(CofferConfig config, List<PluginCheckDigitScheme> pluginSchemes) {
        return config.councilDir().map(dir -> load(dir, pluginSchemes))
                .orElseThrow(() -> new CofferException(ConfigErrorCode.COUNCIL_NOT_CONFIGURED,
                        "no council is configured: set council.dir in coffer.properties to the council's folder"));
    }

    public static Council load(Path dir) {
        return load(dir, List.of());
    }

    /** The council in the folder, whose reference rules may name the plugins' check-digit schemes. */
    public static Council load(Path dir, List<PluginCheckDigitScheme> pluginSchemes) {
        return load(dir::resolve, dir, pluginSchemes);
    }

    /**
     * The council in the folder with one of its files read from {@code replacement} instead: how a changed file is
     * checked before it takes the place of the folder's own.
     */
    public static Council loadWith(Path dir, List<PluginCheckDigitScheme> pluginSchemes, String fileName,
            Path replacement) {
        return load(name -> name.equals(fileName) ? replacement : dir.resolve(name), dir, pluginSchemes);
    }

    private static Council load(Function<String, Path> files, Path dir, List<PluginCheckDigitScheme> pluginSchemes) {
        Properties properties = new Properties();
        Path propertiesFile = files.apply("council.properties");
        try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw CouncilCsv.bad(propertiesFile, 0, "cannot be read: " + e.getMessage());
        }
        String name = properties.getProperty("name", "").trim();
        if (name.isEmpty()) {
            throw CouncilCsv.bad(propertiesFile, 0, "has no 'name' for the council");
        }
        Map<String, CheckDigitScheme> schemes = schemes(files.apply(CheckDigitSchemesFile.NAME), pluginSchemes);
        Map<String, List<ReferenceRule>> rules = ifPresent(files.apply(ReferenceRulesFile.NAME),
                file -> ReferenceRulesFile.read(file, schemes), Map.of());
        List<Fund> funds = CouncilCsv.rows(files.apply(FUNDS), row -> fund(row, rules));
        for (String fundCode : rules.keySet()) {
            if (funds.stream().noneMatch(fund -> fund.code().equals(fundCode))) {
                throw CouncilCsv.bad(files.apply(ReferenceRulesFile.NAME), 0, "has rules for fund " + fundCode
                        + ", which funds.csv does not list");
            }
        }
        List<BankAccount> accounts = CouncilCsv.rows(files.apply(BANK_ACCOUNTS), CouncilLoader::bankAccount);
        List<MatchingRule> matchingRules = ifPresent(files.apply(MatchingRulesFile.NAME), MatchingRulesFile::read,
                List.of());
        AccountHolders holders = ifPresent(files.apply(AccountHoldersFile.NAME),
                file -> AccountHoldersFile.read(file, funds), AccountHolders.none());
        Channels channels = ChannelsFile.read(files.apply(ChannelsFile.NAME));
        try {
            return new Council(name, properties.getProperty("currency", "GBP").trim(), funds, accounts,
                    matchingRules, holders, channels);
        } catch (IllegalArgumentException e) {
            throw CouncilCsv.bad(dir, 0, e.getMessage());
        }
    }

    /** The council's own schemes and the plugins', by id; a plugin's scheme may not take a council scheme's id. */
    private static Map<String, CheckDigitScheme> schemes(Path file, List<PluginCheckDigitScheme> pluginSchemes) {
        Map<String, CheckDigitScheme> schemes = new LinkedHashMap<>(ifPresent(file, CheckDigitSchemesFile::read,
                Map.of()));
        for (PluginCheckDigitScheme scheme : pluginSchemes) {
            if (schemes.putIfAbsent(scheme.id(), scheme) != null) {
                throw CouncilCsv.bad(file, 0, "defines scheme " + scheme.id() + ", which plugin " + scheme.pluginId()
                        + " also provides; rename the council's scheme");
            }
        }
        return schemes;
    }

    private static <T> T ifPresent(Path file, Function<Path, T> read, T absent) {
        return Files.exists(file) ? read.apply(file) : absent;
    }

    private static Fund fund(CouncilCsv.Row row, Map<String, List<ReferenceRule>> rules) {
        String code = row.get("code");
        List<ReferenceRule> fundRules = rules.getOrDefault(code, patternRule(row.get("reference_pattern")));
        return new Fund(code, row.required("name"), row.get("ledger_code"), row.get("cost_centre"),
                pairs(row.get("dimensions"), "dimension"), row.get("vat_code"), pence(row.get("maximum_amount")),
                yesOrNo(row.get("enabled"), "enabled", true), fundRules,
                yesOrNo(row.get("credit_notes"), "credit_notes", false));
    }

    /** The older way of giving a fund's references: one regular expression over the whole clean reference. */
    private static List<ReferenceRule> patternRule(String pattern) {
        Optional<Pattern> compiled = ReferenceRulesFile.pattern(pattern);
        return compiled.map(p -> List.of(new ReferenceRule("reference_pattern", 1, Integer.MAX_VALUE,
                CharacterSet.REFERENCE_TEXT, compiled, Optional.empty(), Optional.empty()))).orElse(List.of());
    }

    /**
     * {@code service=REV;subjective=9100}: names and values for the finance system (a fund's dimensions, an export
     * target's settings), in the order written.
     */
    static Map<String, String> pairs(String text, String what) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : text.isBlank() ? new String[0] : text.split(";")) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException(what + " '" + pair.strip() + "' is not name=value");
            }
            pairs.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return pairs;
    }

    private static OptionalLong pence(String pounds) {
        if (pounds.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Pounds.toPence(pounds, "maximum_amount"));
    }

    static boolean yesOrNo(String text, String column, boolean absent) {
        return switch (text) {
            case "" -> absent;
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(column + " '" + text + "' is not yes or no");
        };
    }

    private static BankAccount bankAccount(CouncilCsv.Row row) {
        return new BankAccount(row.get("code"), row.get("name"), row.get("sort_code"), row.get("account_number"),
                row.get("iban"), row.cells().getOrDefault("currency", "GBP"), row.get("ledger_code"));
    }
}
