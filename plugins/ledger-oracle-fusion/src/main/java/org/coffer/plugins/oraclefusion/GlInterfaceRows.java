package org.coffer.plugins.oraclefusion;

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
 * The GL_INTERFACE rows of one journal, in the template's column order: STATUS, LEDGER_ID, ACCOUNTING_DATE,
 * USER_JE_SOURCE_NAME, USER_JE_CATEGORY_NAME, CURRENCY_CODE, DATE_CREATED, ACTUAL_FLAG, SEGMENT1-30, ENTERED_DR,
 * ENTERED_CR, ACCOUNTED_DR, ACCOUNTED_CR, REFERENCE1-10, REFERENCE21-30, STAT_AMOUNT, the three currency conversion
 * columns and GROUP_ID. Later columns (descriptive flexfields, PERIOD_NAME) are left off: the template's loader
 * takes missing trailing columns as empty.
 */
final class GlInterfaceRows {

    /** Oracle's FBDI date format. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);
    private static final int SEGMENT = 25;
    private static final int LINE_DESCRIPTION = 240;
    private static final int REFERENCE = 240;
    /** Reference columns 3 to 10, STAT_AMOUNT and the three currency conversion columns. */
    private static final int EMPTY_BEFORE_GROUP_ID = 12;

    private final OracleSettings settings;
    private final ExportContext context;
    private final JournalHeader header;
    private final String date;

    GlInterfaceRows(OracleSettings settings, ExportContext context, JournalHeader header) {
        this.settings = settings;
        this.context = context;
        this.header = header;
        this.date = DATE.format(header.journalDate());
    }

    void write(Journal journal, Writer out) throws IOException {
        JournalLines.each(journal, line -> row(line).writeTo(out));
    }

    private CsvRecord row(JournalLine line) {
        CsvRecord row = new CsvRecord(',').text("NEW").raw(settings.ledgerId()).text(date).text(settings.source())
                .text(settings.category()).text(header.currency()).text(date).text("A");
        for (int i = 0; i < OracleSettings.SEGMENTS; i++) {
            row.text(fit(line, "SEGMENT" + (i + 1), settings.segments().get(i).of(line), SEGMENT));
        }
        enteredAmount(row, line.debitPence());
        enteredAmount(row, line.creditPence());
        row.text("").text("");
        String run = "Coffer run " + header.runNumber();
        row.text(run).text(clip(context.councilName() + " income, " + run, REFERENCE)).text("")
                .text(run + " journal " + header.journalNumber()).text(clip(header.description(), REFERENCE))
                .text("R" + header.runNumber() + "J" + header.journalNumber()).text("").text("").text("")
                .text(clip(line.narrative(), LINE_DESCRIPTION))
                .text(clip(line.accountReference(), REFERENCE))
                .text(line.receiptId().isPresent() ? Long.toString(line.receiptId().getAsLong()) : "");
        for (int i = 0; i < EMPTY_BEFORE_GROUP_ID; i++) {
            row.text("");
        }
        return row.number(header.runNumber());
    }

    /** ENTERED_DR or ENTERED_CR: the amount, or empty on the other side of the line. */
    private static void enteredAmount(CsvRecord row, long pence) {
        if (pence == 0) {
            row.text("");
        } else {
            row.amount(pence);
        }
    }

    private static String clip(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    private String fit(JournalLine line, String column, String value, int length) {
        if (value.length() > length) {
            throw new ProblemException(context.problem(Location.line(line.number()), column,
                    OracleErrorCode.ORACLE_VALUE_TOO_LONG, "journal " + header.journalNumber() + ": '" + value
                            + "' is " + value.length() + " characters, but Oracle's " + column + " holds " + length));
        }
        return value;
    }
}
