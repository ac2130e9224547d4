package org.coffer.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Streams one file of statements to disk, holding one statement in memory at a time. */
final class StatementFile {

    private static final int BUFFER_CHARS = 1 << 16;

    private StatementFile() {
    }

    static GeneratedFile write(Path file, FileFormat format, String accountId, String messageId,
            StatementSeries series, List<StatementDay> days) throws IOException {
        FileTally tally = new FileTally();
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER_CHARS)) {
            StatementWriter writer = format.open(out, accountId, messageId);
            for (StatementDay day : days) {
                Statement statement = series.next(day.date(), day.lines());
                writer.write(statement);
                tally.add(statement);
            }
            writer.finish();
        }
        return tally.toGeneratedFile(file, format.formatId, accountId);
    }
}
