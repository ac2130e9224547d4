package org.coffer.plugins.unit4;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugins.ledgertext.CsvRecord;
import org.coffer.plugins.ledgertext.LedgerFileText;
import org.pf4j.Extension;

/**
 * Unit4 ERP (Agresso, Business World) GL batch input: one row per journal line in the columns of the
 * {@code acrbatchinput} table, which the GL07 server process validates and posts. Amounts are signed, debits
 * positive; each journal is its own batch, so each batch balances.
 */
@Extension
public final class Unit4GlExport implements LedgerExport {

    static final List<String> COLUMNS = List.of("batch_id", "interface", "voucher_type", "trans_type", "client",
            "account", "dim_1", "dim_2", "dim_3", "dim_4", "dim_5", "dim_6", "dim_7", "tax_code", "currency",
            "cur_amount", "amount", "description", "trans_date", "voucher_date", "period", "ext_inv_ref",
            "sequence_no");

    public Unit4GlExport() {
        // PF4J creates extensions through a public no-argument constructor.
    }

    @Override
    public String id() {
        return "unit4-gl";
    }

    @Override
    public String displayName() {
        return "Unit4 ERP GL batch input (GL07)";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(List<Journal> journals, ExportContext context, OutputStream out) throws IOException {
        Unit4Settings settings = Unit4Settings.from(context);
        LedgerFileText.write(out, writer -> {
            CsvRecord header = new CsvRecord(',');
            COLUMNS.forEach(header::text);
            header.writeTo(writer);
            for (Journal journal : journals) {
                new Unit4Batch(settings, context, journal.header()).write(journal, writer);
            }
        });
    }
}
