package org.coffer.server.reports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.common.PdfTaggerFactory;

/**
 * JasperReports' PDF exporter, tagging for screen readers with {@link PdfTags}: the tagger JasperReports names by
 * default refuses to tag with stock OpenPDF, while OpenPDF itself writes the structure a tagger describes.
 */
final class PdfExporter extends JRPdfExporter {

    /** The page, counting from 1 over the whole document, on which each of the filled reports starts. */
    private final Set<Integer> sectionStarts = new HashSet<>();

    /** @param prints the filled reports the document holds, one after another */
    PdfExporter(List<JasperPrint> prints) {
        int page = 1;
        for (JasperPrint print : prints) {
            sectionStarts.add(page);
            page += print.getPages().size();
        }
    }

    @Override
    protected PdfTaggerFactory getPdfTaggerFactory(Boolean tagged) {
        return Boolean.TRUE.equals(tagged) ? exporter -> new PdfTags(sectionStarts)
                : super.getPdfTaggerFactory(tagged);
    }
}
