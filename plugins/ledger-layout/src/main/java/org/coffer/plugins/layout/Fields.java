package org.coffer.plugins.layout;

import java.util.Set;

/**
 * The names a layout's columns may use: the journal's header fields, the line's fields, the amount in the layout's
 * sign convention, one of the fund's dimensions ({@code dimension.service}) or a constant ({@code const:GL}).
 */
final class Fields {

    static final String DIMENSION = "dimension.";
    static final String CONSTANT = "const:";

    static final Set<String> TEXT = Set.of("bankAccount", "currency", "description", "reversal", "role",
            "ledgerCode", "costCentre", "vatCode", "narrative", "fund", "accountReference", "dc");
    static final Set<String> NUMBERS = Set.of("runNumber", "journalNumber", "financialYear", "period", "lineNumber",
            "receiptCount", "receiptId");
    static final Set<String> DATES = Set.of("journalDate", "effectiveDate");
    static final Set<String> AMOUNTS = Set.of("amount", "debit", "credit");

    private Fields() {
    }

    static boolean isKnown(String name) {
        return TEXT.contains(name) || NUMBERS.contains(name) || DATES.contains(name) || AMOUNTS.contains(name)
                || name.startsWith(DIMENSION) && name.length() > DIMENSION.length() || name.startsWith(CONSTANT);
    }

    /** Numbers and amounts line up on the right unless the council says otherwise. */
    static boolean alignsRight(String name) {
        return NUMBERS.contains(name) || AMOUNTS.contains(name);
    }

    /** Values written as they are in a CSV file: a spreadsheet reads them as numbers, never as formulas. */
    static boolean isNumeric(String name) {
        return NUMBERS.contains(name) || AMOUNTS.contains(name);
    }

    static String known() {
        return "the journal's runNumber, journalNumber, bankAccount, journalDate, financialYear, period, currency,"
                + " description, reversal; the line's lineNumber, role, ledgerCode, costCentre, vatCode, narrative,"
                + " fund, accountReference, effectiveDate, receiptCount, receiptId; amount, debit, credit, dc;"
                + " dimension.NAME; const:TEXT";
    }
}
