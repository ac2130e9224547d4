package org.coffer.plugins.bacs;

import javax.xml.stream.XMLStreamReader;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Advice;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;

/**
 * An ADDACS (Automated Direct Debit Amendment and Cancellation Service) report: payers' banks telling the council
 * that a Direct Debit Instruction was cancelled, amended or moved. Each {@code MessagingAdvice} is one advice.
 */
final class AddacsReport implements ReportHandler {

    private final FormatContext context;
    private final FileSink sink;

    AddacsReport(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
    }

    @Override
    public void start(String name, XMLStreamReader xml, String path) {
        if (!name.equals("MessagingAdvice")) {
            return;
        }
        Attributes attributes = new Attributes(xml, path, context);
        try {
            String code = attributes.text("reason-code");
            String newAccount = attributes.text("payer-new-account-number");
            String description = AdviceNotices.addacs(code) + (newAccount.isEmpty() ? "" : "; new sort code "
                    + attributes.text("payer-new-sort-code") + ", account " + newAccount);
            sink.advice(new Advice(attributes.location(), "ADDACS", attributes.text("reference"),
                    attributes.text("payer-name"), attributes.date("effective-date"), code, description));
        } catch (ProblemException e) {
            e.problems().forEach(sink::problem);
        }
    }

    @Override
    public void finish() {
        // Each advice stands alone; the report has no totals.
    }
}
