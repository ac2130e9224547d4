package org.coffer.server.reports;

import java.util.Arrays;
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
 * as its widest text needs relative to the others and spread over the page's width, numbers right-aligned; the slots
 * left over are taken out. Only positions, widths and alignment change, so the compiled expressions stay as built. This is
 * what lets one compiled template lay out any definition, a council's included, without compiling at run time.
 */
final class PdfTableLayout {

    static final int SLOTS = 20;
    /** A cell wider than this many characters wraps rather than widening its column further. */
    private static final int MAX_CHARS = 36;
    private static final double FONT_SIZE = 7.5;
    private static final double MIN_FONT_SIZE = 5.5;
    private static final double BOLD = 1.15;
    /** The cell's left and right padding, and a point to spare. */
    private static final double PADDING = 6;
    /**
     * The share of the page a shrunk table is sized to fill: text widths are estimates from regular type, and totals
     * are set in bold, about a seventh wider, so that much is kept spare in every column.
     */
    private static final double FILL = 0.85;

    private PdfTableLayout() {
    }

    /** Places the slots for the columns, given the widest cell of each in characters. */
    static void place(JasperReport template, List<ReportColumn> columns, List<String> widestCells) {
        if (columns.size() > SLOTS) {
            throw new IllegalArgumentException("a generic table has " + SLOTS + " columns at most, the report has "
                    + columns.size());
        }
        // A table too wide for the page at the usual size is set smaller, down to a size still easy to read. Only
        // the text shrinks with the size, not each cell's padding, so the padding is set aside before scaling.
        int total = template.getColumnWidth();
        double padding = PADDING * columns.size();
        double natural = Arrays.stream(needs(columns, widestCells, FONT_SIZE)[0]).sum();
        float size = (float) Math.max(MIN_FONT_SIZE, Math.min(FONT_SIZE,
                FONT_SIZE * (total * FILL - padding) / (natural - padding)));
        int[] widths = widths(columns, widestCells, size, total);
        place(template.getColumnHeader(), "heading-", columns, widths, size);
        place(template.getDetailSection().getBands()[0], "cell-", columns, widths, size);
    }

    private static void place(JRBand band, String keyPrefix, List<ReportColumn> columns, int[] widths,
            float fontSize) {
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
            ((JRBaseTextElement) element).setFontSize(fontSize);
            ((JRBaseTextElement) element).setHorizontalTextAlign(numeric(columns.get(slot).type())
                    ? HorizontalTextAlignEnum.RIGHT : HorizontalTextAlignEnum.LEFT);
            x += widths[slot];
        }
    }

    /**
     * Widths from each column's widest text: its widest cell (capped, so that one long narrative cannot take the page)
     * or the longest word of its heading, which never breaks. When everything fits, every column grows alike; when it
     * does not, numbers, dates and codes keep their width and the text columns share what is left, wrapping.
     */
    static int[] widths(List<ReportColumn> columns, List<String> widestCells, double fontSize, int total) {
        double[][] needs = needs(columns, widestCells, fontSize);
        double[] need = needs[0];
        double[] least = needs[1];
        double sum = Arrays.stream(need).sum();
        if (sum > total) {
            double fixed = 0;
            double text = 0;
            for (int i = 0; i < need.length; i++) {
                if (columns.get(i).type() == ColumnType.TEXT) {
                    text += need[i];
                } else {
                    fixed += need[i];
                }
            }
            double share = (total - fixed) / text;
            for (int i = 0; i < need.length; i++) {
                if (columns.get(i).type() == ColumnType.TEXT) {
                    need[i] = Math.max(least[i], need[i] * share);
                }
            }
            sum = Arrays.stream(need).sum();
        }
        int[] widths = new int[need.length];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (int) (need[i] * total / sum);
            used += widths[i];
        }
        widths[widths.length - 1] += total - used;
        return widths;
    }

    /** Each column's width for its widest text, and for the longest word of its heading, at this font size. */
    private static double[][] needs(List<ReportColumn> columns, List<String> widestCells, double fontSize) {
        double[] need = new double[columns.size()];
        double[] least = new double[columns.size()];
        for (int i = 0; i < need.length; i++) {
            for (String word : columns.get(i).heading().split(" ")) {
                least[i] = Math.max(least[i], points(word, fontSize * BOLD));
            }
            String widest = widestCells.get(i);
            need[i] = Math.max(least[i], points(widest.length() > MAX_CHARS ? widest.substring(0, MAX_CHARS)
                    : widest, fontSize));
        }
        return new double[][] {need, least};
    }

    /** The width of a text in DejaVu Sans at this size, near enough, with the cell's padding. */
    private static double points(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ems += Character.isUpperCase(c) || c == '_' || c == '@' ? 0.74 : c == ' ' || c == '.' || c == ','
                    ? 0.32 : 0.62;
        }
        return ems * fontSize + PADDING;
    }

    private static boolean numeric(ColumnType type) {
        return type == ColumnType.MONEY || type == ColumnType.COUNT || type == ColumnType.PERCENT
                || type == ColumnType.NUMBER;
    }
}
