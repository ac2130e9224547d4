package org.coffer.plugins.bacs;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;

/** One kind of Bacs XML report, told apart from the others by what its first bytes hold. */
abstract class BacsReportFormat implements InboundFormat {

    private final String id;
    private final String displayName;
    private final FileRole role;
    private final Pattern marker;
    private final BiFunction<FormatContext, FileSink, ReportHandler> handler;

    BacsReportFormat(String id, String displayName, FileRole role, String marker,
            BiFunction<FormatContext, FileSink, ReportHandler> handler) {
        this.id = id;
        this.displayName = displayName;
        this.role = role;
        this.marker = Pattern.compile(marker);
        this.handler = handler;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final FileRole role() {
        return role;
    }

    /** Certain when the file is a {@code BACSDocument} and holds what marks this kind of report. */
    @Override
    public final Detection detect(FileSample sample) {
        String text = sample.text();
        if (text.contains("<BACSDocument") && marker.matcher(text).find()) {
            return Detection.certain("the file is a " + displayName);
        }
        return Detection.no();
    }

    @Override
    public final void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        BacsReportReader.read(in, context, handler.apply(context, sink));
    }
}
