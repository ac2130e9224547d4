package org.coffer.plugins.camt053;

import java.io.IOException;
import java.io.InputStream;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;
import org.pf4j.Extension;

/** ISO 20022 camt.053 bank-to-customer statements, versions camt.053.001.02 to camt.053.001.08. */
@Extension
public final class Camt053Format implements InboundFormat {

    private static final String MESSAGE_ELEMENT = "BkToCstmrStmt";

    @Override
    public String id() {
        return "camt053";
    }

    @Override
    public String displayName() {
        return "ISO 20022 camt.053 bank statement";
    }

    @Override
    public FileRole role() {
        return FileRole.STATEMENT;
    }

    /** Certain when the sample names the camt.053 namespace or holds the statement message element. */
    @Override
    public Detection detect(FileSample sample) {
        String text = sample.text();
        int namespace = text.indexOf(MessageReader.NAMESPACE_PREFIX);
        if (namespace >= 0) {
            int end = Math.min(text.length(), namespace + MessageReader.NAMESPACE_PREFIX.length() + 2);
            return Detection.certain("declares the namespace " + text.substring(namespace, end));
        }
        if (hasElement(text, MESSAGE_ELEMENT)) {
            return Detection.certain("holds a <" + MESSAGE_ELEMENT + "> statement message");
        }
        return Detection.no();
    }

    @Override
    public void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        MessageReader.read(in, context, sink);
    }

    /** An element's start tag, with or without a namespace prefix. */
    private static boolean hasElement(String text, String name) {
        for (int at = text.indexOf(name); at > 0; at = text.indexOf(name, at + 1)) {
            char before = text.charAt(at - 1);
            int after = at + name.length();
            boolean nameEnds = after == text.length() || " >/\t\r\n".indexOf(text.charAt(after)) >= 0;
            if ((before == '<' || before == ':') && nameEnds) {
                return true;
            }
        }
        return false;
    }
}
