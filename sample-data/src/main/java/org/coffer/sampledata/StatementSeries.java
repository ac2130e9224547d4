package org.coffer.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One account's run of statements: each opens on the last one's closing balance and takes the next number. */
final class StatementSeries {

    private final IncomeLines lines;
    private final String currency;
    private long balancePence;
    private int nextSequence = 1;

    StatementSeries(IncomeLines lines, String currency, long openingPence) {
        this.lines = lines;
        this.currency = currency;
        this.balancePence = openingPence;
    }

    Statement next(LocalDate date, int lineCount) {
        List<StatementEntry> entries = new ArrayList<>(lineCount);
        for (int i = 0; i < lineCount; i++) {
            entries.add(lines.next(date));
        }
        Statement statement = Statement.of(nextSequence++, date, currency, balancePence, entries);
        balancePence = statement.closingPence();
        return statement;
    }
}
