package org.coffer.server.reports;

import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.common.PdfTaggerFactory;

/**
 * JasperReports' PDF exporter, tagging for screen readers with {@link PdfTags}: the tagger JasperReports names by
 * default refuses to tag with stock OpenPDF, while OpenPDF itself writes the structure a tagger describes.
 */
final class PdfExporter extends JRPdfExporter {

    @Override
    protected PdfTaggerFactory getPdfTaggerFactory(Boolean tagged) {
        return Boolean.TRUE.equals(tagged) ? PdfTags.FACTORY : super.getPdfTaggerFactory(tagged);
    }
}
