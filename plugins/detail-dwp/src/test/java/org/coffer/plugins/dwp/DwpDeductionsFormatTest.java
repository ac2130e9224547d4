package org.coffer.plugins.dwp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.testing.AbstractInboundFormatTest;
import org.coffer.sampledata.DwpDeductionsWriter;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;

class DwpDeductionsFormatTest extends AbstractInboundFormatTest {

    @Override
    protected InboundFormat format() {
        return new DwpDeductionsFormat();
    }

    /** No DWP schedule is published; the generator writes them. */
    @Override
    protected List<String> ownFixtures() {
        return List.of();
    }

    /** The generator's own seed: a schedule is not a series of bank statements. Named as the DWP names them. */
    @Override
    protected GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException {
        return new DwpDeductionsWriter(20261129L).write(file.resolveSibling("DWP CT " + file.getFileName() + ".xlsx"),
                lines);
    }

    /** A row takes about 80 bytes packed and 700 unpacked: 100,000 rows unpack to about 70 MB of XML. */
    @Override
    protected int largeFileLines() {
        return 100_000;
    }

    @Override
    protected long largeFileBytes() {
        return 5_000_000L;
    }
}
