package org.coffer.plugins.cardacquirer;

import java.io.IOException;
import java.io.InputStream;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;
import org.pf4j.Extension;

/** Barclaycard merchant services transaction files (CSV), as a merchant downloads them for a period. */
@Extension
public final class BarclaycardMerchantFormat implements InboundFormat {

    @Override
    public String id() {
        return "barclaycard-merchant";
    }

    @Override
    public String displayName() {
        return "Barclaycard merchant transactions (CSV)";
    }

    @Override
    public FileRole role() {
        return FileRole.DETAIL;
    }

    /** Certain when the first or second line (after the period line) is a merchant file header. */
    @Override
    public Detection detect(FileSample sample) {
        String[] lines = sample.text().split("\r?\n|\r", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            if (MerchantColumns.isHeader(lines[i])) {
                return Detection.certain("the header names the Acquirer reference number and Merchant ID columns");
            }
        }
        return Detection.no();
    }

    @Override
    public void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        MerchantFileReader.read(in, context, sink);
    }
}
