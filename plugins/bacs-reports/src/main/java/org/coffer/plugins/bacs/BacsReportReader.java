package org.coffer.plugins.bacs;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.FormatContext;

/**
 * Walks a Bacs XML report ({@code BACSDocument}) with the JDK's streaming reader, document types and external
 * entities refused, handing each element to the report's handler. The report's signature block is skipped unread.
 */
final class BacsReportReader {

    private static final XMLInputFactory FACTORY = factory();

    private BacsReportReader() {
    }

    static void read(InputStream in, FormatContext context, ReportHandler handler) throws IOException {
        ElementPath path = new ElementPath();
        boolean document = false;
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw refusal(context, BacsErrorCode.BACS_UNSAFE_XML, Location.wholeFile(), "the report declares"
                            + " a document type (DOCTYPE), which Coffer never reads");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    document |= name.equals("BACSDocument");
                    path.enter(name);
                    handler.start(name, xml, path.current());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    handler.end(xml.getLocalName(), path.current());
                    path.leave();
                }
            }
        } catch (XMLStreamException e) {
            throw refusal(context, BacsErrorCode.BACS_NOT_A_REPORT, location(e), "the file is not well-formed XML: "
                    + e.getMessage());
        }
        if (!document) {
            throw refusal(context, BacsErrorCode.BACS_NOT_A_REPORT, Location.wholeFile(), "the file is not a Bacs"
                    + " report: it has no BACSDocument element");
        }
        handler.finish();
    }

    static ProblemException refusal(FormatContext context, BacsErrorCode code, Location location, String message) {
        return new ProblemException(context.problem(location, "", code, message));
    }

    private static Location location(XMLStreamException e) {
        return e.getLocation() != null && e.getLocation().getLineNumber() > 0
                ? Location.line(e.getLocation().getLineNumber()) : Location.wholeFile();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
