package org.coffer.plugins.bacs;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamReader;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.Advice;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.FormatContext;

/**
 * A Bacs Input Report: the acknowledgement of a submission, such as the council's direct debit collection file.
 * Each user file gives one advice with the credits and debits Bacs took in, and each error item one advice naming
 * the item Bacs rejected, amended or returned. The money itself arrives on the bank statement.
 */
final class InputReport implements ReportHandler {

    private final FormatContext context;
    private final FileSink sink;
    private LocalDate processingDate;
    private String submission = "";
    private String userNumber = "";
    private String userFile = "";
    private String fileTotals = "";
    private Location fileLocation;
    private Attributes errorItem;
    private String errorType = "";

    InputReport(FormatContext context, FileSink sink) {
        this.context = context;
        this.sink = sink;
    }

    @Override
    public void start(String name, XMLStreamReader xml, String path) {
        Attributes attributes = new Attributes(xml, path, context);
        try {
            switch (name) {
                case "ProcessingDate" -> processingDate = attributes.date("date");
                case "SubmissionInformation" -> submission = attributes.text("submissionReferenceNumber");
                case "InputUserFile" -> fileLocation = attributes.location();
                case "UserFileInformation" -> {
                    userNumber = attributes.text("userNumber");
                    userFile = attributes.text("userFileNumber");
                }
                case "Credit", "Debit" -> {
                    if (path.contains("/Totals/")) {
                        fileTotals += (fileTotals.isEmpty() ? "" : ", ") + name.toLowerCase(java.util.Locale.ROOT)
                                + "s " + attributes.count("numberOf") + " for "
                                + Money.gbp(attributes.pence("valueOf"));
                    }
                }
                case "ErrorItem" -> errorItem = attributes;
                case "ErrorMessage" -> errorType = attributes.text("type");
                default -> {
                    // The rest repeats these figures by account and day.
                }
            }
        } catch (ProblemException e) {
            e.problems().forEach(sink::problem);
        }
    }

    @Override
    public void end(String name, String path) {
        if (name.equals("Error") && errorItem != null) {
            sink.advice(new Advice(errorItem.location(), "INPUT_REPORT", errorItem.text("reference"), "",
                    date(), errorType, "item " + errorType.toLowerCase(java.util.Locale.ROOT) + " by Bacs, value "
                            + errorItem.text("valueOf")));
            errorItem = null;
            errorType = "";
        } else if (name.equals("InputUserFile") && fileLocation != null) {
            sink.advice(new Advice(fileLocation, "INPUT_REPORT", "", "", date(), "", "submission " + submission
                    + ", file " + userFile + " of service user " + userNumber + " taken in: " + fileTotals));
            fileTotals = "";
        }
    }

    private LocalDate date() {
        if (processingDate == null) {
            throw BacsReportReader.refusal(context, BacsErrorCode.BACS_NOT_A_REPORT, Location.wholeFile(),
                    "the Input Report has no Header/ProcessingDate before its files");
        }
        return processingDate;
    }

    @Override
    public void finish() {
        // Every advice has been handed over as its element ended.
    }
}
