package org.coffer.plugins.standard18;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Advice;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.TextLines;

/**
 * Reads a Standard 18 file line by line: the labels (VOL1, HDR1, HDR2, UHL1 before the records; EOF1, EOF2, UTL1
 * after) are skipped but for the UHL1's processing day and file number, and each data record becomes a line of its
 * batch, or, for an instruction, an advice. A record that cannot be read is a problem naming its line; reading goes
 * on so that every problem is shown.
 */
final class Standard18Reader {

    private static final List<String> LABELS = List.of("VOL1", "HDR1", "HDR2", "UHL1", "EOF1", "EOF2", "UTL1");

    private final FormatContext context;
    private final FileSink sink;
    private final List<Advice> instructions = new ArrayList<>();
    private LocalDate fileDay;
    private CollectionBatches batches;
    private boolean labelled;
    private boolean trailed;

    private Standard18Reader(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
    }

    static void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        new Standard18Reader(context, sink).read(new TextLines(in, context.charset()));
    }

    private void read(TextLines lines) throws IOException {
        try {
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.length() >= 4 && LABELS.contains(line.substring(0, 4))) {
                    label(line);
                } else if (!line.isBlank()) {
                    record(line, Location.line(lines.number()));
                }
            }
        } catch (TextLines.UnreadableTextException e) {
            throw refusal(Location.line(e.line()), e.getMessage());
        }
        if (!labelled && batches == null && instructions.isEmpty()) {
            throw refusal(Location.wholeFile(), "the file holds no Bacs labels and no data records");
        }
        if (labelled && !trailed) {
            throw refusal(Location.line(Math.max(1, lines.number())), "the file ends before its EOF1 and UTL1"
                    + " labels: it is incomplete");
        }
        if (batches != null) {
            batches.finish();
        }
        // Advices may not come inside a batch, so instructions wait until every batch is closed.
        instructions.forEach(sink::advice);
    }

    private void label(String line) {
        labelled = true;
        trailed |= line.startsWith("UTL1");
        if (line.startsWith("UHL1") && line.length() >= 10) {
            try {
                fileDay = RecordParser.julian(line.substring(4, 10));
            } catch (IllegalArgumentException e) {
                fileDay = null;
            }
        }
        if (line.startsWith("UHL1") && batches == null) {
            String fileNumber = line.length() >= 40 ? line.substring(37, 40) : "";
            batches = new CollectionBatches(sink, fileNumber.matches("[0-9]{3}") ? "file " + fileNumber : "");
        }
    }

    private void record(String line, Location location) {
        DataRecord record;
        try {
            record = RecordParser.parse(line, fileDay);
        } catch (IllegalArgumentException e) {
            sink.problem(context.problem(location, "", Standard18ErrorCode.STANDARD18_BAD_RECORD, e.getMessage()));
            return;
        }
        if (DataRecord.INSTRUCTIONS.contains(record.transactionCode())) {
            instructions.add(new Advice(location, "BACS_INSTRUCTION", record.reference(), record.destinationName(),
                    record.processingDay(), record.transactionCode(), instruction(record.transactionCode())));
            return;
        }
        if (batches == null) {
            batches = new CollectionBatches(sink, "");
        }
        batches.add(record, location);
    }

    private static String instruction(String code) {
        return switch (code) {
            case "0N" -> "new Direct Debit Instruction lodged";
            case "0C" -> "Direct Debit Instruction cancelled";
            default -> "Direct Debit Instruction converted from paper";
        };
    }

    private ProblemException refusal(Location location, String message) {
        return new ProblemException(context.problem(location, "", Standard18ErrorCode.STANDARD18_NOT_A_FILE,
                message));
    }
}
