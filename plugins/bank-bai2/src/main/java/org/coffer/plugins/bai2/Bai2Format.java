package org.coffer.plugins.bai2;

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

/** BAI2 cash management balance reports, as UK banks (Lloyds, NatWest, Citi) export them for reconciliation. */
@Extension
public final class Bai2Format implements InboundFormat {

    /** The fields of a file header: code, sender, receiver, date, time, file id, length, block size, version. */
    private static final int HEADER_FIELDS = 9;

    public Bai2Format() {
        // PF4J creates extensions through a public no-argument constructor.
    }

    @Override
    public String id() {
        return "bai2";
    }

    @Override
    public String displayName() {
        return "BAI2 bank statement";
    }

    @Override
    public FileRole role() {
        return FileRole.STATEMENT;
    }

    @Override
    public Detection detect(FileSample sample) {
        String text = sample.text().stripLeading();
        if (!text.startsWith("01,")) {
            return byName(sample);
        }
        int end = 0;
        while (end < text.length() && text.charAt(end) != '/' && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String[] header = text.substring(0, end).split(",", -1);
        if (header.length == HEADER_FIELDS && header[HEADER_FIELDS - 1].strip().equals("2")
                && Bai2Values.digits(header[3]) && header[3].length() == 6) {
            return Detection.certain("a BAI2 file header (01) of version 2");
        }
        return Detection.possible("starts with 01, as a BAI file header does");
    }

    @Override
    public void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        PhysicalRecords physical = new PhysicalRecords(new TextLines(in, context.charset()));
        try {
            new Bai2Reader(context, sink).readAll(new LogicalRecords(physical), physical);
        } catch (TextLines.UnreadableTextException e) {
            throw new ProblemException(context.problem(Location.line(e.line()), null,
                    Bai2ErrorCode.BAI2_UNREADABLE_TEXT, "bytes that are not " + context.charset().name()
                            + " text: expected a text file of BAI2 records"));
        }
    }

    private static Detection byName(FileSample sample) {
        String name = sample.lowerCaseFileName();
        return name.endsWith(".bai") || name.endsWith(".bai2") ? Detection.possible("named ." + name
                .substring(name.lastIndexOf('.') + 1) + ", as BAI2 files often are") : Detection.no();
    }
}
