package org.coffer.server.imports;

import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;

/** What was counted of one statement as its lines went by. */
final class StatementTally {

    final int position;
    final long id;
    final StatementStart start;
    final String bankAccount;
    long receipts;
    long creditPence;
    long debitPence;
    /** Whether the file's own figures agree with what was counted; known once the statement has ended. */
    boolean reconciles;

    StatementTally(int position, long id, StatementStart start, String bankAccount) {
        this.position = position;
        this.id = id;
        this.start = start;
        this.bankAccount = bankAccount;
    }

    void add(StatementLine line) {
        receipts++;
        if (line.direction().sign() > 0) {
            creditPence = Math.addExact(creditPence, line.amount().pence());
        } else {
            debitPence = Math.addExact(debitPence, line.amount().pence());
        }
    }

    Money credits() {
        return Money.of(creditPence, start.currency());
    }

    Money debits() {
        return Money.of(debitPence, start.currency());
    }

    /** What was counted, beside the figures the file stated. */
    StatementOutcome outcome(ControlFigures stated) {
        return new StatementOutcome(position, start.account(), bankAccount, start.sequence(), start.from(),
                start.to(), receipts, credits(), debits(), stated.openingBalance().orElse(null),
                stated.closingBalance().orElse(null), reconciles);
    }

    /** {@code statement 2 (account NL12..., sequence 3)}, for messages. */
    String describe() {
        String sequence = start.sequence().isEmpty() ? "" : ", sequence " + start.sequence();
        return "statement " + position + " (account " + start.account() + sequence + ")";
    }
}
