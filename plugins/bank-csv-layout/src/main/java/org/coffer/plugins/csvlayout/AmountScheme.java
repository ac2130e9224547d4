package org.coffer.plugins.csvlayout;

import java.util.Set;

/** How a layout's lines say whether money came in or went out. */
sealed interface AmountScheme {

    /** One amount column, negative for money out. */
    record Signed(ColumnSpec amount) implements AmountScheme {
    }

    /** Separate debit and credit columns; a line fills one of them. */
    record DebitCredit(ColumnSpec debit, ColumnSpec credit) implements AmountScheme {
    }

    /** An unsigned amount column and a direction column, such as {@code CR} and {@code DR}, compared ignoring case. */
    record Flagged(ColumnSpec amount, ColumnSpec direction, Set<String> credit, Set<String> debit)
            implements AmountScheme {
    }
}
