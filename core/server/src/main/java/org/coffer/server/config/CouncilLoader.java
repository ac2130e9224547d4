package org.coffer.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.coffer.server.CofferException;

/** Reads a council's configuration folder: {@code council.properties}, {@code funds.csv}, {@code bank-accounts.csv}. */
public final class CouncilLoader {

    private CouncilLoader() {
    }

    public static Council load(Path dir) {
        Properties properties = new Properties();
        Path propertiesFile = dir.resolve("council.properties");
        try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw bad(propertiesFile, 0, "cannot be read: " + e.getMessage());
        }
        String name = properties.getProperty("name", "").trim();
        if (name.isEmpty()) {
            throw bad(propertiesFile, 0, "has no 'name' for the council");
        }
        List<Fund> funds = rows(dir.resolve("funds.csv"), CouncilLoader::fund);
        List<BankAccount> accounts = rows(dir.resolve("bank-accounts.csv"), CouncilLoader::bankAccount);
        try {
            return new Council(name, properties.getProperty("currency", "GBP").trim(), funds, accounts);
        } catch (IllegalArgumentException e) {
            throw bad(dir, 0, e.getMessage());
        }
    }

    private static Fund fund(Map<String, String> row) {
        String pattern = row.getOrDefault("reference_pattern", "");
        Optional<Pattern> compiled;
        try {
            compiled = pattern.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(pattern));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("reference_pattern '" + pattern + "' is not a valid pattern: "
                    + e.getDescription());
        }
        return new Fund(row.get("code"), row.get("name"), compiled, row.getOrDefault("ledger_code", ""));
    }

    private static BankAccount bankAccount(Map<String, String> row) {
        return new BankAccount(row.get("code"), row.get("name"), row.get("sort_code"), row.get("account_number"),
                row.get("iban"), row.getOrDefault("currency", "GBP"));
    }

    private static <T> List<T> rows(Path file, Function<Map<String, String>, T> parse) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw bad(file, 0, "cannot be read: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw bad(file, 0, "is empty; its first line must name the columns");
        }
        List<String> header = CsvLine.split(withoutByteOrderMark(lines.get(0)));
        List<T> result = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = CsvLine.split(lines.get(i));
            if (cells.size() != header.size()) {
                throw bad(file, i + 1, "has " + cells.size() + " columns; the header has " + header.size());
            }
            Map<String, String> row = new java.util.HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c).trim(), cells.get(c).trim());
            }
            try {
                result.add(parse.apply(row));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw bad(file, i + 1, e.getMessage());
            }
        }
        return result;
    }

    private static CofferException bad(Path file, int line, String message) {
        String where = line > 0 ? file + " line " + line : file.toString();
        return new CofferException(ConfigErrorCode.COUNCIL_BAD_FILE, where + ": " + message);
    }

    /** Excel's "CSV UTF-8" starts the file with a byte-order mark, which is not part of the first heading. */
    private static String withoutByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
