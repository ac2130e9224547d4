package org.coffer.plugins.camt054;

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

/**
 * ISO 20022 camt.054 bank-to-customer debit and credit notifications, versions camt.054.001.02 to camt.054.001.10.
 * Banks send them to itemise the payments behind a bulk credit; they carry no balances, so their role is detail.
 */
@Extension
public final class Camt054Format implements InboundFormat {

    private static final CamtMessage NOTIFICATIONS = new CamtMessage(Camt054ErrorCode.CODES, "Ntfctn",
            "notification", List.of("02", "03", "04", "05", "06", "07", "08", "09", "10"), false,
            Camt054ErrorCode.CAMT054_NOT_CAMT054, Camt054ErrorCode.CAMT054_UNSUPPORTED_VERSION);

    @Override
    public String id() {
        return "camt054";
    }

    @Override
    public String displayName() {
        return "ISO 20022 camt.054 debit/credit notification";
    }

    @Override
    public FileRole role() {
        return FileRole.DETAIL;
    }

    @Override
    public Detection detect(FileSample sample) {
        return CamtDetection.detect(sample, NOTIFICATIONS);
    }

    @Override
    public void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        MessageReader.read(in, context, sink, NOTIFICATIONS);
    }
}
