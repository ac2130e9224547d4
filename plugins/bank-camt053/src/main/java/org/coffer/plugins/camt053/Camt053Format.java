package org.coffer.plugins.camt053;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugins.camt.CamtDetection;
import org.coffer.plugins.camt.CamtMessage;
import org.coffer.plugins.camt.MessageReader;
import org.pf4j.Extension;

/** ISO 20022 camt.053 bank-to-customer statements, versions camt.053.001.02 to camt.053.001.08. */
@Extension
public final class Camt053Format implements InboundFormat {

    private static final CamtMessage STATEMENTS = new CamtMessage(Camt053ErrorCode.CODES, "Stmt", "statement",
            List.of("02", "03", "04", "05", "06", "07", "08"), true, Camt053ErrorCode.CAMT053_NOT_CAMT053,
            Camt053ErrorCode.CAMT053_UNSUPPORTED_VERSION);

    @Override
    public String id() {
        return "camt053";
    }

    @Override
    public String displayName() {
        return "ISO 20022 camt.053 bank statement";
    }

    @Override
    public FileRole role() {
        return FileRole.STATEMENT;
    }

    @Override
    public Detection detect(FileSample sample) {
        return CamtDetection.detect(sample, STATEMENTS);
    }

    @Override
    public void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        MessageReader.read(in, context, sink, STATEMENTS);
    }
}
