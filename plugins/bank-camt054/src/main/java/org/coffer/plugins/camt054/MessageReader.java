package org.coffer.plugins.camt054;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugins.camt.XmlCursor;

/** Reads a whole camt.054 document: checks it is a notification message of a version read here, then each one. */
final class MessageReader {

    static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.";
    static final String MESSAGE_ELEMENT = "BkToCstmrDbtCdtNtfctn";
    static final Set<String> VERSIONS = Set.of("02", "03", "04", "05", "06", "07", "08", "09", "10");

    private MessageReader() {
    }

    static void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        XmlCursor cursor = XmlCursor.open(in, context, Camt054ErrorCode.CODES);
        checkRoot(cursor);
        NotificationReader notifications = new NotificationReader(cursor, context, sink);
        boolean message = false;
        while (cursor.nextChild()) {
            if (MESSAGE_ELEMENT.equals(cursor.localName())) {
                message = true;
                readMessage(cursor, notifications);
            } else {
                cursor.skip();
            }
        }
        if (!message) {
            throw cursor.refusal(Camt054ErrorCode.CAMT054_NOT_CAMT054,
                    "<Document> holds no <" + MESSAGE_ELEMENT + ">, so it is no camt.054 notification message");
        }
        cursor.finish();
    }

    private static void readMessage(XmlCursor cursor, NotificationReader notifications) throws IOException {
        int number = 0;
        while (cursor.nextChild()) {
            if ("Ntfctn".equals(cursor.localName())) {
                notifications.read(++number);
            } else {
                cursor.skip();
            }
        }
    }

    /** The root must be a {@code Document} in a camt.054 namespace of a version read here, or in none. */
    private static void checkRoot(XmlCursor cursor) {
        if (!"Document".equals(cursor.localName())) {
            throw cursor.refusal(Camt054ErrorCode.CAMT054_NOT_CAMT054,
                    "the root element is <" + cursor.localName() + ">, where a camt.054 file has <Document>");
        }
        String namespace = cursor.namespace();
        if (namespace.isEmpty()) {
            return;
        }
        if (!namespace.startsWith(NAMESPACE_PREFIX)) {
            throw cursor.refusal(Camt054ErrorCode.CAMT054_NOT_CAMT054,
                    "the document's namespace is " + namespace + ", not camt.054 (" + NAMESPACE_PREFIX + "NN)");
        }
        String version = namespace.substring(NAMESPACE_PREFIX.length());
        if (!VERSIONS.contains(version)) {
            throw cursor.refusal(Camt054ErrorCode.CAMT054_UNSUPPORTED_VERSION,
                    "camt.054.001." + version + " is not read here; versions camt.054.001.02 to .10 are");
        }
    }
}
