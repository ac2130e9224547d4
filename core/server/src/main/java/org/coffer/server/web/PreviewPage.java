package org.coffer.server.web;

import java.util.List;
import org.coffer.server.config.Channels;
import org.coffer.server.imports.ImportPreview;
import org.coffer.server.imports.PreviewLine;
import org.coffer.server.text.Amounts;

/** A file read but not stored: what it holds, its problems, and the choice to import or abandon it. */
public record PreviewPage(String upload, String as, String fileName, String format, String lines,
        List<UploadPage.Statement> statements, List<Line> firstLines, List<String> problems, boolean wouldImport,
        boolean mayAccept) {

    /** One of the first lines, as it would be stored. */
    public record Line(String where, String date, String amount, String kind, String channel, String reference,
            String payer, String fund) {
    }

    static PreviewPage of(String upload, String as, ImportPreview preview, boolean administrator,
            Channels channels) {
        return new PreviewPage(upload, as, preview.fileName(), preview.formatName() + " (" + preview.formatId() + ")",
                Amounts.count(preview.lines(), "line", "lines"),
                preview.statements().stream().map(UploadPage::statement).toList(),
                preview.firstLines().stream().map(line -> line(line, channels)).toList(), preview.problems(),
                preview.wouldImport(), preview.acceptable() && administrator);
    }

    private static Line line(PreviewLine line, Channels channels) {
        return new Line(line.where(), line.valueDate().toString(), Amounts.format(line.signedPence(), line.currency()),
                Labels.of(line.kind()), channels.name(line.channel()), line.reference(), line.payer(),
                line.fund().isEmpty() ? "Not income" : line.fund());
    }
}
