package org.coffer.server.reports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.type.BandTypeEnum;
import net.sf.jasperreports.engine.util.StyledTextListWriter;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfStructure;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;
import net.sf.jasperreports.pdf.common.PdfTagger;

/**
 * Tags a report's PDF for screen readers, which JasperReports leaves to a tagger it does not ship for stock OpenPDF:
 * the report's title is a heading, its table a table of header and data cells row by row, other text paragraphs,
 * charts figures with their title as alternative text; what repeats on every page (the page header after the first
 * page, repeated column headings, the footer with its page number) is marked as an artifact, so it is read once. A
 * document of several reports (a committee pack) has a heading and a table for each.
 */
final class PdfTags implements PdfTagger {

    private enum Mark { TAG, ARTIFACT }

    private final Set<Integer> sectionStarts;
    private final Deque<Mark> open = new ArrayDeque<>();
    private PdfProducer producer;
    private PdfStructure structure;
    private PdfStructureEntry document;
    private PdfStructureEntry table;
    private PdfStructureEntry row;
    private String language = "en-GB";
    private int page;
    private int rowPage = -1;
    private int rowY = -1;

    /** @param sectionStarts the pages on which each report of the document starts, counting from 1 */
    PdfTags(Set<Integer> sectionStarts) {
        this.sectionStarts = Set.copyOf(sectionStarts);
    }

    @Override
    public void setLanguage(String language) {
        if (language != null) {
            this.language = language;
        }
    }

    @Override
    public void setPdfProducer(PdfProducer producer) {
        this.producer = producer;
    }

    @Override
    public void init() {
        structure = producer.getPdfStructure();
        document = structure.createDocumentTag(language);
    }

    @Override
    public void startPage() {
        page++;
        if (sectionStarts.contains(page)) {
            table = null;
        }
    }

    @Override
    public void endPage() {
        // rows never run over a page: the next page starts its own
    }

    @Override
    public void startElement(JRPrintElement element) {
        // frames and other containers add no structure of their own
    }

    @Override
    public void endElement(JRPrintElement element) {
        // as startElement
    }

    @Override
    public void beginArtifact() {
        structure.beginArtifact();
        open.push(Mark.ARTIFACT);
    }

    @Override
    public void endArtifact() {
        close();
    }

    @Override
    public void startImage(JRPrintImage image, float x, float y, float width, float height) {
        if (repeated(image)) {
            beginArtifact();
            return;
        }
        PdfStructureEntry figure = structure.beginTag(document, "Figure");
        String tooltip = image.getHyperlinkTooltip();
        figure.putString("Alt", tooltip == null || tooltip.isBlank() ? "Chart" : tooltip);
        figure.setBBox(x, y, x + width, y + height);
        open.push(Mark.TAG);
    }

    @Override
    public void endImage() {
        close();
    }

    @Override
    public void startText(JRPrintText text) {
        if (repeated(text)) {
            beginArtifact();
            return;
        }
        BandTypeEnum band = band(text);
        if (inMainReport(text) && (band == BandTypeEnum.COLUMN_HEADER || band == BandTypeEnum.DETAIL)) {
            PdfStructureEntry cell = structure.beginTag(row(text), band == BandTypeEnum.COLUMN_HEADER ? "TH" : "TD");
            if (band == BandTypeEnum.COLUMN_HEADER && cell instanceof ClassicStructureEntry entry) {
                entry.setScope("Column");
            }
        } else {
            structure.beginTag(document, heading(text) ? "H1" : "P");
        }
        open.push(Mark.TAG);
    }

    @Override
    public void startText(JRPrintText text, String linkTooltip) {
        startText(text);
    }

    @Override
    public void endText() {
        close();
    }

    @Override
    public boolean isFirstLinkParagraph() {
        return false;
    }

    @Override
    public PdfStructureEntry getCurrentLinkTag() {
        return null;
    }

    @Override
    public StyledTextListWriter getListWriter() {
        return null;
    }

    /** The row an element's cell belongs to: elements of one band side by side share their top. */
    private PdfStructureEntry row(JRPrintElement element) {
        if (table == null) {
            table = structure.createTag(document, "Table");
        }
        if (row == null || rowPage != page || rowY != element.getY()) {
            row = structure.createTag(table, "TR");
            rowPage = page;
            rowY = element.getY();
        }
        return row;
    }

    /** Page furniture, and a report's first page's header and headings repeated on the pages after it. */
    private boolean repeated(JRPrintElement element) {
        BandTypeEnum band = band(element);
        return band == BandTypeEnum.PAGE_FOOTER || band == BandTypeEnum.LAST_PAGE_FOOTER
                || band == BandTypeEnum.BACKGROUND
                || !sectionStarts.contains(page) && (band == BandTypeEnum.PAGE_HEADER
                        || band == BandTypeEnum.COLUMN_HEADER);
    }

    /** Whether the element is the report's own, not a subreport's such as the charts above the table. */
    private static boolean inMainReport(JRPrintElement element) {
        return element.getOrigin() == null || element.getOrigin().getReportName() == null;
    }

    private static BandTypeEnum band(JRPrintElement element) {
        return element.getOrigin() == null ? BandTypeEnum.UNKNOWN : element.getOrigin().getBandType();
    }

    /** JasperReports' own way of marking a heading in a template. */
    private static boolean heading(JRPrintText text) {
        return text.hasProperties() && text.getPropertiesMap().containsProperty(PROPERTY_TAG_H1);
    }

    private void close() {
        Mark mark = open.pop();
        if (mark == Mark.TAG) {
            structure.endTag();
        } else {
            structure.endArtifact();
        }
    }
}
