package org.coffer.plugins.govukpay;

/**
 * Text as the report writes it. GOV.UK Pay puts a {@code '} before any value that starts with {@code =}, {@code @},
 * {@code +} or {@code -}, so that a spreadsheet does not run it as a formula; the value itself is what follows.
 */
final class CellText {

    private CellText() {
    }

    static String unguarded(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && "=@+-".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
