package org.coffer.plugins.camt053;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.testing.AbstractInboundFormatTest;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;

class Camt053FormatTest extends AbstractInboundFormatTest {

    @Override
    protected InboundFormat format() {
        return new Camt053Format();
    }

    @Override
    protected List<String> ownFixtures() {
        return List.of("camt053/genkgo-v2-multi-statement.xml", "camt053/genkgo-v4.xml",
                "camt053/subite-v8-two-stmts-oneline.xml");
    }

    @Override
    protected GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException {
        return files.camt053(file, lines);
    }

    /** The generator writes about 710 bytes per camt.053.001.02 entry. */
    @Override
    protected int largeFileLines() {
        return 80_000;
    }
}
