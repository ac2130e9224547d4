package org.coffer.plugins.unit4;

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

/** One journal written as one GL07 batch: its rows share a batch id, a voucher date and a period. */
final class Unit4Batch {

    /** The GL07 batch id parameter's length; the table column is longer. */
    private static final int BATCH_ID = 25;
    private static final int CODE = 25;
    private static final int DESCRIPTION = 255;
    private static final int EXT_INV_REF = 100;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final Unit4Settings settings;
    private final ExportContext context;
    private final JournalHeader header;
    private final String batchId;
    private final String voucherDate;
    private final int period;

    Unit4Batch(Unit4Settings settings, ExportContext context, JournalHeader header) {
        this.settings = settings;
        this.context = context;
        this.header = header;
        this.batchId = settings.batchPrefix() + header.runNumber() + "-" + header.journalNumber();
        this.voucherDate = DATE.format(header.journalDate());
        this.period = Unit4Period.of(header.financialYear(), header.period(), settings.startMonth(),
                settings.adjustmentPeriod());
    }

    /** Writes the journal's rows, reading its lines one at a time. */
    void write(Journal journal, Writer out) throws IOException {
        JournalLines.each(journal, line -> row(line).writeTo(out));
    }

    private CsvRecord row(JournalLine line) {
        CsvRecord row = new CsvRecord(',')
                .text(fit(line, "batch_id", batchId, BATCH_ID))
                .text(fit(line, "interface", settings.interfaceCode(), CODE))
                .text(fit(line, "voucher_type", settings.voucherType(), CODE))
                .text("GL")
                .text(fit(line, "client", settings.client(), CODE))
                .text(fit(line, "account", line.ledgerCode(), CODE));
        for (int i = 0; i < Unit4Settings.DIMENSIONS; i++) {
            row.text(fit(line, "dim_" + (i + 1), settings.dimensions().get(i).of(line), CODE));
        }
        String reference = line.accountReference().isEmpty()
                ? "R" + header.runNumber() + "J" + header.journalNumber() : line.accountReference();
        return row.text(fit(line, "tax_code", line.vatCode().isEmpty() ? "0" : line.vatCode(), CODE))
                .text(header.currency())
                .amount(line.signedPence())
                .amount(line.signedPence())
                .text(line.narrative().length() > DESCRIPTION ? line.narrative().substring(0, DESCRIPTION)
                        : line.narrative())
                .text(DATE.format(line.effectiveDate()))
                .text(voucherDate)
                .number(period)
                .text(fit(line, "ext_inv_ref", reference, EXT_INV_REF))
                .number(line.number());
    }

    /** The value, or a refusal naming the journal, line and column when Unit4's column cannot hold it. */
    private String fit(JournalLine line, String column, String value, int length) {
        if (value.length() > length) {
            throw new ProblemException(context.problem(Location.line(line.number()), column,
                    Unit4ErrorCode.UNIT4_VALUE_TOO_LONG, "journal " + header.journalNumber() + ": '" + value
                            + "' is " + value.length() + " characters, but Unit4's " + column + " holds " + length));
        }
        return value;
    }
}
