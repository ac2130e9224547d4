package org.coffer.plugins.allpay;

import java.io.IOException;
import java.io.InputStream;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.format.TextLines;
import org.pf4j.Extension;

/**
 * Allpay transaction files: the cash, card and phone payments residents make at Post Office, PayPoint and Payzone
 * counters and through Allpay's own services, itemised for the council that Allpay pays them over to.
 */
@Extension
public final class AllpayFormat implements InboundFormat {

    public AllpayFormat() {
        // PF4J creates extensions through a public no-argument constructor.
    }

    @Override
    public String id() {
        return "allpay";
    }

    @Override
    public String displayName() {
        return "Allpay transaction file";
    }

    @Override
    public FileRole role() {
        return FileRole.DETAIL;
    }

    @Override
    public Detection detect(FileSample sample) {
        String first = firstLine(sample.text());
        if (DetailLine.looksLike(first)) {
            return Detection.certain("a 43-character Allpay payment line: site, reference, amount, channel, date");
        }
        if (Trailer.isTrailerLine(first)) {
            return Detection.certain("an Allpay trailer line: " + Trailer.TOTAL_AMOUNT);
        }
        return Detection.no();
    }

    /** The first line that is not blank; payment lines start with a space, so spaces are kept. */
    private static String firstLine(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(start, end);
    }

    @Override
    public void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        try {
            new AllpayReader(context, sink).readAll(new TextLines(in, context.charset()));
        } catch (TextLines.UnreadableTextException e) {
            throw new ProblemException(context.problem(Location.line(e.line()), null,
                    AllpayErrorCode.ALLPAY_UNREADABLE_TEXT, "bytes that are not " + context.charset().name()
                            + " text: expected an Allpay transaction file"));
        }
    }
}
