package org.coffer.server.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code account-holders.csv}: {@code reference,fund,name,address,balance}, one account per line, the balance
 * in pounds (negative when in credit). Streamed: a council has hundreds of thousands of accounts, and only each
 * fund's references are kept. Every line is checked, so a bad export is refused with its line, not half loaded.
 */
public final class AccountHoldersFile {

    public static final String NAME = "account-holders.csv";

    private static final List<String> COLUMNS = List.of("reference", "fund", "name", "address", "balance");

    private AccountHoldersFile() {
    }

    static AccountHolders read(Path file, List<Fund> funds) {
        Map<String, Set<String>> references = new HashMap<>();
        CouncilCsv.forEachRow(file, COLUMNS, row -> {
            String fund = row.required("fund");
            references.computeIfAbsent(fund, code -> new HashSet<>()).add(check(row, funds));
        });
        return new AccountHolders(references);
    }

    /**
     * Every line of the file that {@link #read} would refuse, up to {@code limit}, as {@code file line N: what is
     * wrong}; none when the file is right. A whole upload is judged at once, not one line per attempt.
     */
    public static List<String> problems(Path file, List<Fund> funds, int limit) {
        List<String> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            List<String> header = first == null ? List.of()
                    : CsvLine.split(first.replace("\uFEFF", "")).stream().map(String::trim).toList();
            if (!header.containsAll(COLUMNS)) {
                return List.of(file + " line 1: the columns must be " + String.join(",", COLUMNS));
            }
            int lineNumber = 1;
            for (String line = in.readLine(); line != null && problems.size() < limit; line = in.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    problem(header, CsvLine.split(line), lineNumber, funds)
                            .ifPresent(message -> problems.add(file + " line " + message));
                }
            }
        } catch (IOException e) {
            return List.of(file + ": cannot be read: " + e.getMessage());
        }
        return problems;
    }

    /** {@code N: what is wrong} for a bad line, or empty. */
    private static Optional<String> problem(List<String> header, List<String> cells, int lineNumber,
            List<Fund> funds) {
        if (cells.size() != header.size()) {
            return Optional.of(lineNumber + ": has " + cells.size() + " columns; the header has "
                    + header.size());
        }
        Map<String, String> cellsByColumn = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            cellsByColumn.put(header.get(c), cells.get(c).trim());
        }
        try {
            check(new CouncilCsv.Row(lineNumber, cellsByColumn), funds);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(lineNumber + ": " + e.getMessage());
        }
    }

    /** The row's clean reference, once its fund, name and balance are right. */
    private static String check(CouncilCsv.Row row, List<Fund> funds) {
        String fund = row.required("fund");
        if (funds.stream().noneMatch(f -> !f.isSuspense() && f.code().equals(fund))) {
            throw new IllegalArgumentException("fund '" + fund + "' is not one of the funds that hold accounts: "
                    + String.join(", ", funds.stream().filter(f -> !f.isSuspense()).map(Fund::code).toList()));
        }
        row.required("name");
        Pounds.toPence(row.required("balance"), "balance");
        return AccountHolders.clean(row.required("reference"));
    }
}
