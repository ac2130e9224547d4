package org.coffer.plugins.standard18;

import java.io.IOException;
import java.io.InputStream;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;
import org.pf4j.Extension;

/**
 * Bacs Standard 18: the file a council submits to collect its direct debits. Each collection becomes a payment for
 * the payer's reference, itemising the single Bacs credit the bank statement shows on the processing day.
 */
@Extension
public final class Standard18Format implements InboundFormat {

    @Override
    public String id() {
        return "bacs-standard18";
    }

    @Override
    public String displayName() {
        return "Bacs Standard 18 direct debit file";
    }

    @Override
    public FileRole role() {
        return FileRole.DETAIL;
    }

    /** Certain when the file starts with the Bacs volume label and has a user header label. */
    @Override
    public Detection detect(FileSample sample) {
        String text = sample.text();
        if (text.startsWith("VOL1") && text.contains("\nUHL1")) {
            return Detection.certain("the file starts with a Bacs VOL1 label and has a UHL1 label");
        }
        return Detection.no();
    }

    @Override
    public void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        Standard18Reader.read(in, context, sink);
    }
}
