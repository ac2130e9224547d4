package org.coffer.plugins.csvlayout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.testing.AbstractInboundFormatTest;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;

/** The shipped Lloyds Commercial Banking Online layout, through the conformance suite every format passes. */
class LloydsCboFormatTest extends AbstractInboundFormatTest {

    @Override
    protected InboundFormat format() {
        return ShippedFormats.byId("lloyds-cbo-csv");
    }

    /** The public fixtures hold no Commercial Banking Online export; the generator writes them. */
    @Override
    protected List<String> ownFixtures() {
        return List.of();
    }

    @Override
    protected GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException {
        return files.lloydsCsv(file, lines);
    }

    /** About 120 bytes a line. */
    @Override
    protected int largeFileLines() {
        return 500_000;
    }
}
