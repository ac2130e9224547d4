package org.coffer.plugins.mt940;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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

/** SWIFT MT940 customer statements, with or without the SWIFT envelope, as UK and European banks send them. */
@Extension
public final class Mt940Format implements InboundFormat {

    /** Tags that follow :20: in every statement; one of them beside :20: tells MT940 from text that quotes a tag. */
    private static final List<String> SECOND_TAGS = List.of(":25:", ":60F:", ":60M:", ":28C:");

    public Mt940Format() {
        // PF4J creates extensions through a public no-argument constructor.
    }

    @Override
    public String id() {
        return "mt940";
    }

    @Override
    public String displayName() {
        return "SWIFT MT940 bank statement";
    }

    @Override
    public FileRole role() {
        return FileRole.STATEMENT;
    }

    @Override
    public Detection detect(FileSample sample) {
        String text = sample.text();
        if (!startsLine(text, ":20:")) {
            return Detection.no();
        }
        for (String tag : SECOND_TAGS) {
            if (startsLine(text, tag)) {
                return Detection.certain("MT940 tags :20: and " + tag + " start lines");
            }
        }
        return Detection.no();
    }

    @Override
    public void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        TextLines lines = new TextLines(in, context.charset());
        StatementReader reader = new StatementReader(context, sink);
        boolean anyText;
        try {
            anyText = new SwiftFields(lines, reader).readAll();
        } catch (TextLines.UnreadableTextException e) {
            throw new ProblemException(context.problem(Location.line(e.line()), null,
                    Mt940ErrorCode.MT940_UNREADABLE_TEXT, "bytes that are not " + context.charset().name()
                            + " text: expected a text file of SWIFT MT940 statements"));
        }
        reader.endOfFile(lines.number(), anyText);
    }

    /** Whether the tag starts a line of the text, or the SWIFT text block {@code {4:}. */
    private static boolean startsLine(String text, String tag) {
        return text.startsWith(tag) || text.contains("\n" + tag) || text.contains("\r" + tag)
                || text.contains("{4:" + tag);
    }
}
