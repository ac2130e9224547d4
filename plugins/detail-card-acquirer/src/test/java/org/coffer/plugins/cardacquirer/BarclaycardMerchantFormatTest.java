package org.coffer.plugins.cardacquirer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.testing.AbstractInboundFormatTest;
import org.coffer.sampledata.CardSettlementWriter;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;

class BarclaycardMerchantFormatTest extends AbstractInboundFormatTest {

    @Override
    protected InboundFormat format() {
        return new BarclaycardMerchantFormat();
    }

    @Override
    protected List<String> ownFixtures() {
        return List.of("uk-csv/barclaycard-merchant-sosure.csv");
    }

    /**
     * The generator's own seed, not the suite's: a merchant file is not a series of bank statements. A merchant file
     * states no totals, so a file cut exactly at the end of a row cannot be told from a whole one; with this seed the
     * suite's half of a file ends inside a row, as a cut file almost always does.
     */
    @Override
    protected GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException {
        return new CardSettlementWriter(1L).write(file, lines);
    }

    /** The generator writes about 150 bytes a row. */
    @Override
    protected int largeFileLines() {
        return 400_000;
    }
}
