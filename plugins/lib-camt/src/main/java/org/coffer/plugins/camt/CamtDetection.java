package org.coffer.plugins.camt;

import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileSample;

/** Whether a file's first bytes are a given camt message: its namespace, or else its message element. */
public final class CamtDetection {

    private CamtDetection() {
    }

    /** Certain when the sample names the message's namespace or holds its message element. */
    public static Detection detect(FileSample sample, CamtMessage message) {
        String text = sample.text();
        String prefix = message.namespacePrefix();
        int namespace = text.indexOf(prefix);
        if (namespace >= 0) {
            int end = Math.min(text.length(), namespace + prefix.length() + 2);
            return Detection.certain("declares the namespace " + text.substring(namespace, end));
        }
        if (hasElement(text, message.element())) {
            return Detection.certain("holds a <" + message.element() + "> " + message.noun() + " message");
        }
        return Detection.no();
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
