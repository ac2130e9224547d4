package org.coffer.plugins.ledgertext;

import java.util.regex.Pattern;
import org.coffer.plugin.api.ledger.JournalLine;

/**
 * Where a column of a ledger file takes its value from, as the council names it: {@code costCentre}, {@code ledgerCode},
 * {@code fund}, {@code vatCode}, {@code accountReference}, a constant written {@code const:VALUE}, or any other name,
 * which is one of the fund's own dimensions from the council's configuration (such as {@code service}).
 */
public record LineValue(String spec) {

    private static final Pattern DIMENSION_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final String CONSTANT = "const:";

    public LineValue {
        if (spec == null || !isValid(spec)) {
            throw new IllegalArgumentException("'" + spec + "' is not a line value");
        }
    }

    /** Whether {@code spec} names a line value: a field, a dimension name or a constant. */
    public static boolean isValid(String spec) {
        return spec.startsWith(CONSTANT) || DIMENSION_NAME.matcher(spec).matches();
    }

    /** The value on this line; empty where the line has none, as bank lines have no fund dimensions. */
    public String of(JournalLine line) {
        if (spec.startsWith(CONSTANT)) {
            return spec.substring(CONSTANT.length());
        }
        return switch (spec) {
            case "costCentre" -> line.costCentre();
            case "ledgerCode" -> line.ledgerCode();
            case "fund" -> line.fundCode();
            case "vatCode" -> line.vatCode();
            case "accountReference" -> line.accountReference();
            default -> line.dimensions().getOrDefault(spec, "");
        };
    }
}
