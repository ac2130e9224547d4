package org.coffer.server.reports;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, made once each: a workbook holds at most 64,000 styles, and a style per cell would
 * also slow streaming down. Money is in pounds with the currency's own format, GBP as {@code "£"#,##0.00}.
 */
final class XlsxStyles {

    static final String GBP_FORMAT = "\"£\"#,##0.00";

    private final Workbook workbook;
    private final DataFormat formats;
    private final Font bold;
    private final Map<String, CellStyle> styles = new HashMap<>();

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        this.formats = workbook.createDataFormat();
        this.bold = workbook.createFont();
        bold.setBold(true);
    }

    CellStyle header() {
        return styles.computeIfAbsent("header", key -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            style.setWrapText(true);
            return style;
        });
    }

    CellStyle label() {
        return styles.computeIfAbsent("label", key -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            return style;
        });
    }

    /** Text that a spreadsheet would take for a formula if typed: marked as text, so editing it keeps it text. */
    CellStyle quotedText() {
        return styles.computeIfAbsent("quoted", key -> {
            CellStyle style = workbook.createCellStyle();
            style.setQuotePrefixed(true);
            return style;
        });
    }

    CellStyle wrappedText() {
        return styles.computeIfAbsent("wrapped", key -> {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            return style;
        });
    }

    CellStyle date() {
        return formatted("dd/mm/yyyy", false);
    }

    CellStyle month() {
        return formatted("mmm yyyy", false);
    }

    CellStyle timestamp() {
        return formatted("dd/mm/yyyy hh:mm", false);
    }

    CellStyle count(boolean total) {
        return formatted("#,##0", total);
    }

    CellStyle percent() {
        return formatted("0.0%", false);
    }

    CellStyle decimal() {
        return formatted("#,##0.0", false);
    }

    /**
     * The style of a figure of the type, not a total: money in its currency (GBP when none is given); {@code null}
     * for text, which keeps the default unless it must be shown quoted.
     */
    CellStyle of(ColumnType type, String currency) {
        return switch (type) {
            case DATE -> date();
            case TIMESTAMP -> timestamp();
            case COUNT -> count(false);
            case PERCENT -> percent();
            case NUMBER -> decimal();
            case MONEY -> money(currency, false);
            case TEXT, CURRENCY -> null;
        };
    }

    CellStyle money(String currency, boolean total) {
        return formatted(currency == null || currency.equals("GBP") ? GBP_FORMAT
                : "#,##0.00 \"" + currency.replace("\"", "") + "\"", total);
    }

    private CellStyle formatted(String format, boolean total) {
        return styles.computeIfAbsent(format + (total ? "/total" : ""), key -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(formats.getFormat(format));
            style.setAlignment(HorizontalAlignment.RIGHT);
            if (total) {
                style.setFont(bold);
            }
            return style;
        });
    }
}
