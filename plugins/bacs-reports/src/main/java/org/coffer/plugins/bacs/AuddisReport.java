package org.coffer.plugins.bacs;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamReader;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Advice;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;

/**
 * An AUDDIS (Automated Direct Debit Instruction Service) report: what became of the Direct Debit Instructions the
 * council lodged. A file-level advice (record type {@code V} accepted, {@code R} rejected) says how many instructions
 * were accepted and rejected; an item-level advice names one rejected instruction and its reason code.
 */
final class AuddisReport implements ReportHandler {

    private final FormatContext context;
    private final FileSink sink;
    private LocalDate reportDate;

    AuddisReport(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
    }

    @Override
    public void start(String name, XMLStreamReader xml, String path) {
        Attributes attributes = new Attributes(xml, path, context);
        try {
            if (name.equals("MessagingHeader")) {
                reportDate = attributes.date("report-generation-date");
            } else if (name.equals("MessagingAdvice")) {
                sink.advice(advice(attributes));
            }
        } catch (ProblemException e) {
            e.problems().forEach(sink::problem);
        }
    }

    private Advice advice(Attributes attributes) {
        String type = attributes.text("record-type");
        LocalDate date = attributes.text("processing-date").isEmpty() ? reportDate
                : attributes.date("processing-date");
        if (date == null) {
            throw attributes.bad("processing-date", "the advice has no processing date and the report no"
                    + " report-generation-date");
        }
        if (type.equals("V") || type.equals("R")) {
            String description = "file " + attributes.text("originator-file-number") + " (volume "
                    + attributes.text("vol-serial-number") + ") " + (type.equals("V") ? "accepted" : "rejected")
                    + ": " + attributes.text("accepted-ddi") + " instructions accepted, "
                    + attributes.text("rejected-ddi") + " rejected";
            return new Advice(attributes.location(), "AUDDIS", "", "", date, type, description);
        }
        String code = attributes.text("reason-code");
        return new Advice(attributes.location(), "AUDDIS", attributes.text("reference"),
                attributes.text("payer-name"), date, code, "instruction rejected, AUDDIS reason code " + code);
    }

    @Override
    public void finish() {
        // Each advice stands alone.
    }
}
