package org.coffer.plugins.govukpay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.testing.AbstractInboundFormatTest;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.GovUkPayWriter;
import org.coffer.sampledata.StatementFiles;

class GovUkPayFormatTest extends AbstractInboundFormatTest {

    @Override
    protected InboundFormat format() {
        return new GovUkPayFormat();
    }

    @Override
    protected List<String> ownFixtures() {
        return List.of("uk-csv/govukpay-payout-2025.csv");
    }

    /** The generator's own seed, not the suite's: a report is not a series of bank statements. */
    @Override
    protected GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException {
        return new GovUkPayWriter(20261129L).write(file, lines, GovUkPayWriter.Layout.STRIPE);
    }

    /** The Stripe layout takes about 150 bytes a line: a row of about 290 bytes gives a payment and a fee. */
    @Override
    protected int largeFileLines() {
        return 400_000;
    }
}
