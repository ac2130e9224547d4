package org.coffer.plugins.govukpay;

import java.io.IOException;
import java.io.InputStream;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;
import org.pf4j.Extension;

/** GOV.UK Pay transaction reports, as a service downloads them as CSV from the GOV.UK Pay admin tool. */
@Extension
public final class GovUkPayFormat implements InboundFormat {

    @Override
    public String id() {
        return "govuk-pay";
    }

    @Override
    public String displayName() {
        return "GOV.UK Pay transaction report (CSV)";
    }

    @Override
    public FileRole role() {
        return FileRole.DETAIL;
    }

    /** Certain when the first line is a report header: it names the GOV.UK Payment ID column. */
    @Override
    public Detection detect(FileSample sample) {
        String text = sample.text();
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        if (ReportColumns.isReportHeader(firstLine)) {
            return Detection.certain("the header names the " + ReportColumns.PAYMENT_ID + " column");
        }
        return Detection.no();
    }

    @Override
    public void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        ReportReader.read(in, context, sink);
    }
}
