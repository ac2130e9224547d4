package org.coffer.plugins.camt;

import java.io.IOException;
import java.io.InputStream;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;

/** Reads a whole camt document: checks it is the expected message in a version read here, then each report. */
public final class MessageReader {

    private MessageReader() {
    }

    public static void read(InputStream in, FormatContext context, FileSink sink, CamtMessage message)
            throws IOException {
        XmlCursor cursor = XmlCursor.open(in, context, message.codes());
        checkRoot(cursor, message);
        ReportReader reports = new ReportReader(cursor, context, sink, message);
        boolean found = false;
        while (cursor.nextChild()) {
            if (message.element().equals(cursor.localName())) {
                found = true;
                readMessage(cursor, reports, message);
            } else {
                cursor.skip();
            }
        }
        if (!found) {
            throw cursor.refusal(message.notMessage(), "<Document> holds no <" + message.element() + ">, so it is no "
                    + message.codes().message() + " " + message.noun() + " message");
        }
        cursor.finish();
    }

    private static void readMessage(XmlCursor cursor, ReportReader reports, CamtMessage message) throws IOException {
        int number = 0;
        while (cursor.nextChild()) {
            if (message.report().equals(cursor.localName())) {
                reports.read(++number);
            } else {
                cursor.skip();
            }
        }
    }

    /** The root must be a {@code Document} in the message's namespace, of a version read here, or in none. */
    private static void checkRoot(XmlCursor cursor, CamtMessage message) {
        String name = message.codes().message();
        if (!"Document".equals(cursor.localName())) {
            throw cursor.refusal(message.notMessage(),
                    "the root element is <" + cursor.localName() + ">, where a " + name + " file has <Document>");
        }
        String namespace = cursor.namespace();
        if (namespace.isEmpty()) {
            return;
        }
        String prefix = message.namespacePrefix();
        if (!namespace.startsWith(prefix)) {
            throw cursor.refusal(message.notMessage(),
                    "the document's namespace is " + namespace + ", not " + name + " (" + prefix + "NN)");
        }
        String version = namespace.substring(prefix.length());
        if (!message.versions().contains(version)) {
            throw cursor.refusal(message.unsupported(), name + ".001." + version + " is not read here; versions "
                    + message.versionRange() + " are");
        }
    }
}
