package org.coffer.server.reports;

import java.util.List;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRChild;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.base.JRBaseElement;
import net.sf.jasperreports.engine.base.JRBaseTextElement;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;

/**
 * Places a generic table template's column slots for one report: each of the report's columns gets a slot, as wide
 * as its type needs relative to the others and spread over the page's width, numbers right-aligned; the slots left
 * over are taken out. Only positions, widths and alignment change, so the compiled expressions stay as built. This is
 * what lets one compiled template lay out any definition, a council's included, without compiling at run time.
 */
final class PdfTableLayout {

    static final int SLOTS = 20;

    private PdfTableLayout() {
    }

    static void place(JasperReport template, List<ReportColumn> columns) {
        if (columns.size() > SLOTS) {
            throw new IllegalArgumentException("a generic table has " + SLOTS + " columns at most, the report has "
                    + columns.size());
        }
        int[] widths = widths(columns, template.getColumnWidth());
        place(template.getColumnHeader(), "heading-", columns, widths);
        place(template.getDetailSection().getBands()[0], "cell-", columns, widths);
    }

    private static void place(JRBand band, String keyPrefix, List<ReportColumn> columns, int[] widths) {
        List<JRChild> children = band.getChildren();
        int x = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            JRElement element = band.getElementByKey(keyPrefix + slot);
            if (element == null) {
                throw new IllegalStateException("the template has no element " + keyPrefix + slot);
            }
            if (slot >= columns.size()) {
                children.remove(element);
                continue;
            }
            ((JRBaseElement) element).setX(x);
            ((JRBaseElement) element).setWidth(widths[slot]);
            ((JRBaseTextElement) element).setHorizontalTextAlign(numeric(columns.get(slot).type())
                    ? HorizontalTextAlignEnum.RIGHT : HorizontalTextAlignEnum.LEFT);
            x += widths[slot];
        }
    }

    /** Widths in proportion to what each type of value needs; what rounding leaves goes to the last column. */
    static int[] widths(List<ReportColumn> columns, int total) {
        int weightSum = columns.stream().mapToInt(c -> weight(c.type())).sum();
        int[] widths = new int[columns.size()];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = total * weight(columns.get(i).type()) / weightSum;
            used += widths[i];
        }
        widths[widths.length - 1] += total - used;
        return widths;
    }

    private static int weight(ColumnType type) {
        return switch (type) {
            case TEXT -> 6;
            case TIMESTAMP -> 5;
            case MONEY, DATE -> 4;
            case COUNT, PERCENT, CURRENCY -> 3;
        };
    }

    private static boolean numeric(ColumnType type) {
        return type == ColumnType.MONEY || type == ColumnType.COUNT || type == ColumnType.PERCENT;
    }
}
