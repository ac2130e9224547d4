package org.coffer.plugins.camt054;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.testing.AbstractInboundFormatTest;
import org.coffer.sampledata.Camt054Writer;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;

class Camt054FormatTest extends AbstractInboundFormatTest {

    @Override
    protected InboundFormat format() {
        return new Camt054Format();
    }

    @Override
    protected List<String> ownFixtures() {
        return List.of("camt054/genkgo-054-v4.xml", "camt054/subite-054-v10-net-credit.xml");
    }

    /** The generator's own seed, not the suite's: notifications are not a series of bank statements. */
    @Override
    protected GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException {
        return new Camt054Writer(20261129L).write(file, lines);
    }

    /** The generator writes about 360 bytes a transaction detail, batch and pending entries included. */
    @Override
    protected int largeFileLines() {
        return 180_000;
    }
}
