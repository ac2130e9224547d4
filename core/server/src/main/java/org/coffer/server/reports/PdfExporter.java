package org.coffer.server.reports;

import java.io.OutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;

/**
 * JasperReports' PDF exporter, with the document's language in its catalogue ({@code /Lang}), which screen readers
 * use to choose a voice. JasperReports sets the language only for tagged PDFs, and with stock OpenPDF it cannot tag
 * (see {@link PdfReportWriter}); its own document-language property is lost before OpenPDF's writer exists.
 */
final class PdfExporter extends JRPdfExporter {

    private final String language;

    PdfExporter(String language) {
        this.language = language;
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new ClassicPdfProducer(createPdfProducerContext()) {
            @Override
            public PdfDocumentWriter createWriter(OutputStream out) throws JRException {
                PdfDocumentWriter writer = super.createWriter(out);
                getPdfWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(language));
                return writer;
            }
        };
    }
}
