package org.coffer.plugins.csvlayout;

import java.util.HashSet;
import java.util.Set;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;

/**
 * Groups an export's lines into one statement per account, in file order, and works out each statement's opening
 * and closing balances from the running balance column when the layout has one. An export gives no statement number
 * or dates, so its statements have no identity of their own: the same file twice is still refused by its bytes.
 */
final class AccountStatements {

    private final FormatContext context;
    private final FileSink sink;
    private final String currency;
    private final boolean newestFirst;
    private final Set<String> finished = new HashSet<>();
    private String account;
    private Long firstBalance;
    private long firstSigned;
    private Long lastBalance;
    private long lastSigned;
    private boolean balancesComplete;

    AccountStatements(FormatContext context, FileSink sink, String currency, boolean newestFirst) {
        this.context = context;
        this.sink = sink;
        this.currency = currency;
        this.newestFirst = newestFirst;
    }

    /** Adds a line of the account, with its running balance in pence when the record gives one. */
    void add(String lineAccount, StatementLine line, Long balance) {
        if (!lineAccount.equals(account)) {
            finish();
            if (!finished.add(lineAccount)) {
                throw new ProblemException(context.problem(line.location(), "account",
                        CsvLayoutErrorCode.CSV_LAYOUT_BAD_STATEMENT, "the lines of account " + lineAccount
                                + " are split by another account's; export one account at a time, or sort by"
                                + " account"));
            }
            account = lineAccount;
            sink.startStatement(new StatementStart(line.location(), lineAccount, "", currency, null, null));
            firstBalance = balance;
            firstSigned = line.signedPence();
            balancesComplete = balance != null;
        }
        balancesComplete &= balance != null;
        lastBalance = balance;
        lastSigned = line.signedPence();
        sink.line(line);
    }

    /** Closes the open statement with the balances the running balance gives, if every line had one. */
    void finish() {
        if (account == null) {
            return;
        }
        ControlFigures.Builder figures = ControlFigures.builder();
        if (balancesComplete) {
            long opening = newestFirst ? lastBalance - lastSigned : firstBalance - firstSigned;
            long closing = newestFirst ? firstBalance : lastBalance;
            figures.openingBalance(Money.of(opening, currency)).closingBalance(Money.of(closing, currency));
        }
        sink.endStatement(figures.build());
        account = null;
    }
}
