package org.coffer.plugins.bai2;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.testing.AbstractInboundFormatTest;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.sampledata.Bai2Files;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;

class Bai2FormatTest extends AbstractInboundFormatTest {

    /** The generator's seed; the suite's own seeds only matter to the formats that StatementFiles writes. */
    private static final long SEED = 2_026L;

    @Override
    protected InboundFormat format() {
        return new Bai2Format();
    }

    @Override
    protected List<String> ownFixtures() {
        return Fixtures.all().stream().filter(fixture -> fixture.startsWith("bai2/")).toList();
    }

    @Override
    protected GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException {
        return new Bai2Files(SEED).bai2(file, lines);
    }

    @Override
    protected int largeFileLines() {
        return 950_000;
    }
}
