package org.coffer.plugins.bai2;

import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FileSink;

/**
 * One account's report while it is read, from its {@code 03} to its {@code 49}: its currency and balances once the
 * statement is started, and the tally its trailer is checked against. An account whose header could not be read is
 * still tallied, so the trailers stay checkable, but is never started and hands nothing to the sink.
 */
final class OpenAccount {

    private final Tally tally = new Tally();
    private Bai2Currency currency;
    private Money opening;
    private Money closing;
    private long details;

    /** Marks the statement started in the sink, with its currency and ledger balances (either may be null). */
    void started(Bai2Currency statementCurrency, Money openingBalance, Money closingBalance) {
        this.currency = statementCurrency;
        this.opening = openingBalance;
        this.closing = closingBalance;
    }

    boolean started() {
        return currency != null;
    }

    Bai2Currency currency() {
        return currency;
    }

    Tally tally() {
        return tally;
    }

    void countDetail() {
        details++;
    }

    /** Closes the statement with its ledger balances and the number of {@code 16} records it held. */
    void end(FileSink sink) {
        if (!started()) {
            return;
        }
        ControlFigures.Builder figures = ControlFigures.builder().lineCount(details);
        if (opening != null) {
            figures.openingBalance(opening);
        }
        if (closing != null) {
            figures.closingBalance(closing);
        }
        sink.endStatement(figures.build());
    }
}
