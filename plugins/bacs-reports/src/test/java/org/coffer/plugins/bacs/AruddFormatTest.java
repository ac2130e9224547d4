package org.coffer.plugins.bacs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.testing.AbstractInboundFormatTest;
import org.coffer.sampledata.AruddWriter;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;

class AruddFormatTest extends AbstractInboundFormatTest {

    @Override
    protected InboundFormat format() {
        return new Formats.Arudd();
    }

    /** No ARUDD is published; the generator writes them. */
    @Override
    protected List<String> ownFixtures() {
        return List.of();
    }

    @Override
    protected GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException {
        return new AruddWriter(20261129L).write(file, lines, LocalDate.of(2025, 4, 10));
    }

    /** An item takes about 330 bytes. */
    @Override
    protected int largeFileLines() {
        return 170_000;
    }
}
