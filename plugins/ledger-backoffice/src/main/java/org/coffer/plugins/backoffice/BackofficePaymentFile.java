package org.coffer.plugins.backoffice;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.JournalLine;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugin.api.ledger.LineRole;
import org.pf4j.Extension;

/**
 * A payment file for a council's revenues and housing systems: one row per receipt allocated to an account they
 * keep, with the account reference, the fund, the amount and the date, so that each payer's account is credited.
 * No public layout exists for such a file; this one is Coffer's own, plain CSV (RFC 4180), which these systems'
 * configurable import screens read. Bank, VAT and suspense lines are the general ledger's business and are not
 * written.
 */
@Extension
public final class BackofficePaymentFile implements LedgerExport {

    static final String HEADER = "account_reference,fund,amount,date,receipt";

    @Override
    public String id() {
        return "backoffice-payments";
    }

    @Override
    public String displayName() {
        return "Back-office payment file (revenues and housing)";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(List<Journal> journals, ExportContext context, OutputStream out) throws IOException {
        BackofficeSettings settings = BackofficeSettings.of(context);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (settings.header()) {
            writer.write(HEADER + "\r\n");
        }
        for (Journal journal : journals) {
            try (Stream<JournalLine> lines = journal.lines()) {
                Iterator<JournalLine> each = lines.iterator();
                while (each.hasNext()) {
                    JournalLine line = each.next();
                    if (line.role() == LineRole.INCOME && settings.takes(line.fundCode())) {
                        writer.write(row(line, journal, settings, context));
                    }
                }
            }
        }
        writer.flush();
    }

    /** A payment is a credit to the fund and is written positive; a refund or returned payment, negative. */
    private static String row(JournalLine line, Journal journal, BackofficeSettings settings, ExportContext context) {
        if (line.receiptId().isEmpty()) {
            throw new ProblemException(context.problem(Location.line(line.number()), "detail",
                    BackofficeErrorCode.BACKOFFICE_NEEDS_DETAIL, "journal " + journal.header().journalNumber()
                            + " line " + line.number() + " sums " + line.receiptCount() + " receipts of fund "
                            + line.fundCode() + "; a back-office file needs one line per receipt: set the target's "
                            + "detail to DETAIL in ledger-targets.csv"));
        }
        String amount = BigDecimal.valueOf(-line.signedPence(), 2).toPlainString();
        return String.join(",", quoted(line.accountReference()), quoted(line.fundCode()), amount,
                settings.dates().format(line.effectiveDate()), Long.toString(line.receiptId().getAsLong())) + "\r\n";
    }

    /** A cell quoted when it holds a comma, quote or line break, as RFC 4180 says. */
    static String quoted(String cell) {
        if (cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return cell;
        }
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
