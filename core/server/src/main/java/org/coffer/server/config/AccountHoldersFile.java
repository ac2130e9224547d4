package org.coffer.server.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code account-holders.csv}: {@code reference,fund,name,address,balance}, one account per line, the balance
 * in pounds (negative when in credit). Streamed: a council has hundreds of thousands of accounts, and only each
 * fund's references are kept. Every line is checked, so a bad export is refused with its line, not half loaded.
 */
final class AccountHoldersFile {

    static final String NAME = "account-holders.csv";

    private static final List<String> COLUMNS = List.of("reference", "fund", "name", "address", "balance");

    private AccountHoldersFile() {
    }

    static AccountHolders read(Path file, List<Fund> funds) {
        Set<String> fundCodes = new HashSet<>();
        funds.stream().filter(fund -> !fund.isSuspense()).forEach(fund -> fundCodes.add(fund.code()));
        Map<String, Set<String>> references = new HashMap<>();
        CouncilCsv.forEachRow(file, COLUMNS, row -> {
            String fund = row.required("fund");
            if (!fundCodes.contains(fund)) {
                throw new IllegalArgumentException("fund '" + fund + "' is not one of the funds that hold accounts: "
                        + String.join(", ", funds.stream().filter(f -> !f.isSuspense()).map(Fund::code).toList()));
            }
            row.required("name");
            Pounds.toPence(row.required("balance"), "balance");
            String reference = AccountHolders.clean(row.required("reference"));
            references.computeIfAbsent(fund, code -> new HashSet<>()).add(reference);
        });
        return new AccountHolders(references);
    }
}
