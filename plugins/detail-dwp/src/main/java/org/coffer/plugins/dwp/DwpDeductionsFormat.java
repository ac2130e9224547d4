package org.coffer.plugins.dwp;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileRole;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.format.StatementStart;
import org.pf4j.Extension;

/**
 * The DWP's schedule of council tax deductions from benefits, an Excel workbook. Each row is a deduction the DWP
 * pays the council for a council tax account; the schedule carries no totals to check it against.
 */
@Extension
public final class DwpDeductionsFormat implements InboundFormat {

    /** The DWP is the payer of every line; its schedules carry no batch number. */
    private static final String SETTLER = "DWP";

    @Override
    public String id() {
        return "dwp-ctax-deductions";
    }

    @Override
    public String displayName() {
        return "DWP council tax deductions schedule (Excel)";
    }

    @Override
    public FileRole role() {
        return FileRole.DETAIL;
    }

    /** An Excel workbook whose name says it is the DWP's ({@code DWP CT 2025-04.xlsx}). */
    @Override
    public Detection detect(FileSample sample) {
        String name = sample.lowerCaseFileName();
        if (sample.isZip() && name.endsWith(".xlsx") && name.contains("dwp")) {
            return Detection.certain("an Excel workbook named as a DWP schedule");
        }
        return Detection.no();
    }

    @Override
    public void read(InputStream in, FormatContext context, FileSink sink) throws IOException {
        try (WorkbookPackage workbook = WorkbookPackage.read(in)) {
            Path sheet = workbook.firstSheet();
            if (sheet == null) {
                throw refusal(context, DwpErrorCode.DWP_NOT_A_WORKBOOK, "the file is not an Excel workbook with a"
                        + " worksheet (.xlsx)");
            }
            sink.startStatement(new StatementStart(Location.wholeFile(), SETTLER, "", "GBP", null, null));
            SheetRows.read(sheet, workbook.sharedStrings(), (row, cells) -> {
                if (row > 1 && !DeductionRow.isBlank(cells)) {
                    try {
                        sink.line(DeductionRow.line(cells, row, context));
                    } catch (ProblemException e) {
                        e.problems().forEach(sink::problem);
                    }
                }
            });
            sink.endStatement(ControlFigures.none());
        } catch (ZipException | EOFException e) {
            throw refusal(context, DwpErrorCode.DWP_NOT_A_WORKBOOK, "the file is not a readable Excel workbook: "
                    + e.getMessage());
        } catch (XMLStreamException e) {
            DwpErrorCode code = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? DwpErrorCode.DWP_UNSAFE_XML : DwpErrorCode.DWP_NOT_A_WORKBOOK;
            throw refusal(context, code, "the workbook's XML cannot be read: " + e.getMessage());
        }
    }

    private static ProblemException refusal(FormatContext context, DwpErrorCode code, String message) {
        return new ProblemException(context.problem(Location.wholeFile(), "", code, message));
    }
}
