package org.coffer.plugins.camt053;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugins.camt.XmlCursor;

/** Reads a whole camt.053 document: checks it is a statement message of a version read here, then each statement. */
final class MessageReader {

    static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
    static final Set<String> VERSIONS = Set.of("02", "03", "04", "05", "06", "07", "08");

    private MessageReader() {
    }

    static void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        XmlCursor cursor = XmlCursor.open(in, context, Camt053ErrorCode.CODES);
        checkRoot(cursor);
        StatementReader statements = new StatementReader(cursor, context, sink);
        boolean message = false;
        while (cursor.nextChild()) {
            if ("BkToCstmrStmt".equals(cursor.localName())) {
                message = true;
                readMessage(cursor, statements);
            } else {
                cursor.skip();
            }
        }
        if (!message) {
            throw cursor.refusal(Camt053ErrorCode.CAMT053_NOT_CAMT053,
                    "<Document> holds no <BkToCstmrStmt>, so it is no camt.053 statement message");
        }
        cursor.finish();
    }

    private static void readMessage(XmlCursor cursor, StatementReader statements) throws IOException {
        int number = 0;
        while (cursor.nextChild()) {
            if ("Stmt".equals(cursor.localName())) {
                statements.read(++number);
            } else {
                cursor.skip();
            }
        }
    }

    /** The root must be a {@code Document} in a camt.053 namespace of a version read here, or in none. */
    private static void checkRoot(XmlCursor cursor) {
        if (!"Document".equals(cursor.localName())) {
            throw cursor.refusal(Camt053ErrorCode.CAMT053_NOT_CAMT053,
                    "the root element is <" + cursor.localName() + ">, where a camt.053 file has <Document>");
        }
        String namespace = cursor.namespace();
        if (namespace.isEmpty()) {
            return;
        }
        if (!namespace.startsWith(NAMESPACE_PREFIX)) {
            throw cursor.refusal(Camt053ErrorCode.CAMT053_NOT_CAMT053,
                    "the document's namespace is " + namespace + ", not camt.053 (" + NAMESPACE_PREFIX + "0N)");
        }
        String version = namespace.substring(NAMESPACE_PREFIX.length());
        if (!VERSIONS.contains(version)) {
            throw cursor.refusal(Camt053ErrorCode.CAMT053_UNSUPPORTED_VERSION,
                    "camt.053.001." + version + " is not read here; versions camt.053.001.02 to .08 are");
        }
    }
}
