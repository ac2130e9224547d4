package org.coffer.plugins.allpay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.testing.AbstractInboundFormatTest;
import org.coffer.sampledata.DetailFiles;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;

class AllpayFormatTest extends AbstractInboundFormatTest {

    /** The generator's seed; the suite's own seeds only matter to the formats that StatementFiles writes. */
    private static final long SEED = 2_026L;

    @Override
    protected InboundFormat format() {
        return new AllpayFormat();
    }

    /** No Allpay file is public: the suite checks that this format claims none of the others. */
    @Override
    protected List<String> ownFixtures() {
        return List.of();
    }

    @Override
    protected GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException {
        return new DetailFiles(SEED).allpay(file, lines);
    }

    @Override
    protected int largeFileLines() {
        return 1_150_000;
    }
}
