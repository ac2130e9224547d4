package org.coffer.plugins.csvlayout;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;

/** A bank export read in one layout: a shipped one, or one a council wrote. */
final class LayoutFormat implements InboundFormat {

    private final Layout layout;

    LayoutFormat(Layout layout) {
        this.layout = layout;
    }

    @Override
    public String id() {
        return layout.id();
    }

    @Override
    public String displayName() {
        return layout.name();
    }

    @Override
    public FileRole role() {
        return FileRole.STATEMENT;
    }

    /**
     * Certain when the file's first line starts with the layout's header text (and its name fits the layout's
     * pattern, if it has one). A layout with no header text to look for never claims a file: a person chooses it.
     */
    @Override
    public Detection detect(FileSample sample) {
        if (layout.detectHeader().isEmpty()) {
            return Detection.no();
        }
        if (layout.detectFileName().isPresent()
                && !layout.detectFileName().get().matcher(sample.fileName()).matches()) {
            return Detection.no();
        }
        String text = sample.text();
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip().toLowerCase(Locale.ROOT);
        String header = layout.detectHeader().get().toLowerCase(Locale.ROOT);
        return first.startsWith(header) ? Detection.certain("the first line is the " + layout.name() + " header")
                : Detection.no();
    }

    @Override
    public void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        LayoutFileReader.read(layout, in, context, sink);
    }
}
