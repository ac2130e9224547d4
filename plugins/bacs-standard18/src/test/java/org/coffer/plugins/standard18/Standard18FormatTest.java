package org.coffer.plugins.standard18;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.testing.AbstractInboundFormatTest;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.Standard18Writer;
import org.coffer.sampledata.StatementFiles;

class Standard18FormatTest extends AbstractInboundFormatTest {

    @Override
    protected InboundFormat format() {
        return new Standard18Format();
    }

    /** No Standard 18 file is published; the generator writes them. */
    @Override
    protected List<String> ownFixtures() {
        return List.of();
    }

    @Override
    protected GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException {
        return new Standard18Writer(20261129L).write(file, lines, LocalDate.of(2025, 4, 10));
    }

    /** A record takes 102 bytes with its line ending. */
    @Override
    protected int largeFileLines() {
        return 500_000;
    }
}
