package org.coffer.plugins.bacs;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamReader;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.Direction;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;

/**
 * An ARUDD (Automated Return of Unpaid Direct Debits): the direct debits payers' banks returned unpaid, which the
 * bank takes back from the council. Each returned item is a reversal of the collection it names, for its payer's
 * reference; the report's totals are its control figures. Its batch is the service user number and the processing
 * day, so the same report arriving twice is recognised.
 */
final class AruddReport implements ReportHandler {

    private final FormatContext context;
    private final FileSink sink;
    private String userNumber = "";
    private LocalDate processingDate;
    private boolean started;
    private StatementLine.Builder item;
    private ControlFigures.Builder totals = ControlFigures.builder();

    AruddReport(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
    }

    @Override
    public void start(String name, XMLStreamReader xml, String path) {
        Attributes attributes = new Attributes(xml, path, context);
        if (name.equals("ReturnedDebitItem") && !started) {
            startBatch(attributes.location());
        }
        try {
            switch (name) {
                case "Header" -> processingDate = attributes.date("currentProcessingDate");
                case "ServiceLicenseInformation" -> userNumber = attributes.text("userNumber");
                case "ReturnedDebitItem" -> startItem(attributes);
                case "PayerAccount" -> {
                    if (item != null) {
                        item.counterparty(attributes.text("name"));
                    }
                }
                case "Totals" -> {
                    if (started) {
                        totals = ControlFigures.builder().debitTotal(Money.gbp(attributes.pence("valueOf")));
                        if (!attributes.text("numberOf").isEmpty()) {
                            totals.lineCount(attributes.count("numberOf"));
                        }
                    }
                }
                default -> {
                    // The rest describes the report, not the money.
                }
            }
        } catch (ProblemException e) {
            e.problems().forEach(sink::problem);
            item = null;
        }
    }

    @Override
    public void end(String name, String path) {
        if (name.equals("ReturnedDebitItem") && item != null) {
            sink.line(item.build());
            item = null;
        }
    }

    @Override
    public void finish() {
        if (!started) {
            startBatch(Location.wholeFile());
        }
        sink.endStatement(totals.build());
    }

    private void startItem(Attributes attributes) {
        String reference = attributes.text("ref");
        if (reference.isEmpty()) {
            throw attributes.bad("ref", "a returned direct debit must name the payer's reference");
        }
        String description = attributes.text("returnDescription");
        String code = attributes.text("returnCode");
        String original = attributes.text("originalProcessingDate");
        item = StatementLine.builder()
                .location(attributes.location())
                .valueDate(processingDate)
                .amount(Money.gbp(attributes.pence("valueOf")))
                .direction(Direction.DEBIT)
                .kind(LineKind.REVERSAL)
                .channel(Channel.DIRECT_DEBIT)
                .reference(reference)
                .narrative("UNPAID DIRECT DEBIT " + code + " " + description
                        + (original.isEmpty() ? "" : ", COLLECTED " + original))
                .transactionCode(attributes.text("transCode"));
    }

    private void startBatch(Location location) {
        if (processingDate == null) {
            throw BacsReportReader.refusal(context, BacsErrorCode.BACS_NOT_A_REPORT, location, "the ARUDD has no"
                    + " Header with a currentProcessingDate before its first returned item");
        }
        sink.startStatement(new StatementStart(location, userNumber.isEmpty() ? "ARUDD" : "SUN " + userNumber, "",
                Money.GBP, processingDate, processingDate));
        started = true;
    }
}
