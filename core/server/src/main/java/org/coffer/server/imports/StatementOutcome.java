package org.coffer.server.imports;

import java.time.LocalDate;
import org.coffer.plugin.api.Money;

/**
 * What was stored of one statement: its identity, what was counted and the file's own figures.
 *
 * @param opening the file's opening balance, or {@code null} when it gives none
 * @param closing the file's closing balance, or {@code null} when it gives none
 */
public record StatementOutcome(int position, String account, String bankAccount, String sequence, LocalDate from,
        LocalDate to, long receipts, Money credits, Money debits, Money opening, Money closing, boolean reconciles) {
}
