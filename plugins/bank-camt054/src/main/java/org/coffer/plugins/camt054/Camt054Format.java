package org.coffer.plugins.camt054;

import java.io.IOException;
import java.io.InputStream;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;
import org.pf4j.Extension;

/**
 * ISO 20022 camt.054 bank-to-customer debit and credit notifications, versions camt.054.001.02 to camt.054.001.10.
 * Banks send them to itemise the payments behind a bulk credit; they carry no balances, so their role is detail.
 */
@Extension
public final class Camt054Format implements InboundFormat {

    @Override
    public String id() {
        return "camt054";
    }

    @Override
    public String displayName() {
        return "ISO 20022 camt.054 debit/credit notification";
    }

    @Override
    public FileRole role() {
        return FileRole.DETAIL;
    }

    /** Certain when the sample names the camt.054 namespace or holds the notification message element. */
    @Override
    public Detection detect(FileSample sample) {
        String text = sample.text();
        int namespace = text.indexOf(MessageReader.NAMESPACE_PREFIX);
        if (namespace >= 0) {
            int end = Math.min(text.length(), namespace + MessageReader.NAMESPACE_PREFIX.length() + 2);
            return Detection.certain("declares the namespace " + text.substring(namespace, end));
        }
        if (hasElement(text, MessageReader.MESSAGE_ELEMENT)) {
            return Detection.certain("holds a <" + MessageReader.MESSAGE_ELEMENT + "> notification message");
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
