package org.coffer.plugins.sap;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.JournalHeader;
import org.coffer.plugin.api.ledger.JournalLine;
import org.coffer.plugins.ledgertext.CsvRecord;
import org.coffer.plugins.ledgertext.JournalLines;

/**
 * One journal as one SAP accounting document. The header record is {@code H}, COMP_CODE, DOC_TYPE, DOC_DATE,
 * PSTNG_DATE, FIS_PERIOD, REF_DOC_NO, HEADER_TXT, BUS_ACT; each line item is {@code L}, ITEMNO_ACC, GL_ACCOUNT,
 * COSTCENTER, ITEM_TEXT, ALLOC_NMBR, TAX_CODE, CURRENCY, AMT_DOCCUR.
 */
final class SapDocument {

    /** SAP's internal date form, which upload programs read without a user's date format. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final int REF_DOC_NO = 16;
    private static final int HEADER_TXT = 25;
    private static final int GL_ACCOUNT = 10;
    private static final int COSTCENTER = 10;
    private static final int ITEM_TEXT = 50;
    private static final int ALLOC_NMBR = 18;
    private static final int TAX_CODE = 2;

    private final SapSettings settings;
    private final ExportContext context;
    private final JournalHeader header;

    SapDocument(SapSettings settings, ExportContext context, JournalHeader header) {
        this.settings = settings;
        this.context = context;
        this.header = header;
    }

    void write(Journal journal, Writer out) throws IOException {
        String reference = settings.referencePrefix() + header.runNumber() + "-" + header.journalNumber();
        String date = DATE.format(header.journalDate());
        new CsvRecord(',').text("H").text(settings.companyCode()).text(settings.documentType()).text(date).text(date)
                .text(header.period() == 13 ? Integer.toString(settings.adjustmentPeriod()) : "")
                .text(fit(0, "REF_DOC_NO", reference, REF_DOC_NO)).text(clip(headerText(), HEADER_TXT))
                .text("RFBU").writeTo(out);
        JournalLines.each(journal, line -> item(line).writeTo(out));
    }

    private CsvRecord item(JournalLine line) {
        return new CsvRecord(',').text("L").number(line.number())
                .text(fit(line.number(), "GL_ACCOUNT", line.ledgerCode(), GL_ACCOUNT))
                .text(fit(line.number(), "COSTCENTER", line.costCentre(), COSTCENTER))
                .text(clip(line.narrative(), ITEM_TEXT))
                .text(fit(line.number(), "ALLOC_NMBR", line.accountReference(), ALLOC_NMBR))
                .text(fit(line.number(), "TAX_CODE", line.vatCode(), TAX_CODE))
                .text(header.currency())
                .amount(line.signedPence());
    }

    /** The journal's description shortened to fit HEADER_TXT: {@code Coffer MAIN 2025/26 P3}. */
    private String headerText() {
        return (header.reversal() ? "Reversal " : "Coffer ") + header.bankAccount() + " " + header.financialYear()
                + "/" + String.format(Locale.ROOT, "%02d", (header.financialYear() + 1) % 100) + " P" + header.period();
    }

    private static String clip(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    /** The value, or a refusal naming the journal, line and field when SAP's field cannot hold it. */
    private String fit(long lineNumber, String field, String value, int length) {
        if (value.length() > length) {
            Location where = lineNumber == 0 ? Location.wholeFile() : Location.line(lineNumber);
            throw new ProblemException(context.problem(where, field, SapErrorCode.SAP_VALUE_TOO_LONG, "journal "
                    + header.journalNumber() + ": '" + value + "' is " + value.length() + " characters, but SAP's "
                    + field + " holds " + length));
        }
        return value;
    }
}
