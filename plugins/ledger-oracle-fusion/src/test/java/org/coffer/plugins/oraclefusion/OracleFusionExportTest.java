package org.coffer.plugins.oraclefusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugin.testing.AbstractLedgerExportTest;
import org.coffer.plugin.testing.ExportedRow;
import org.coffer.plugin.testing.TestingCsv;

class OracleFusionExportTest extends AbstractLedgerExportTest {

    static final Map<String, String> SETTINGS = Map.of("ledgerId", "300000046975971", "source", "Coffer",
            "category", "Income", "segments", "1=const:100,2=costCentre,3=ledgerCode,4=service");

    /** Zero-based columns of the rows: SEGMENT3, ENTERED_DR, ENTERED_CR, REFERENCE6 and REFERENCE10. */
    static final int LEDGER_CODE = 10;
    static final int DEBIT = 38;
    static final int CREDIT = 39;
    static final int JOURNAL = 47;
    static final int LINE_DESCRIPTION = 51;

    @Override
    protected LedgerExport export() {
        return new OracleFusionExport();
    }

    @Override
    protected Map<String, String> settings() {
        return SETTINGS;
    }

    @Override
    protected List<String> requiredSettings() {
        return List.of("ledgerId", "source", "category", "segments");
    }

    @Override
    protected boolean writesCsv() {
        return true;
    }

    /** Reads the rows back: REFERENCE6 names the journal, and the debit and credit columns make a signed amount. */
    @Override
    protected Stream<ExportedRow> readBack(Path file) throws IOException {
        return TestingCsv.records(file, ',').map(row -> new ExportedRow(row.get(JOURNAL), row.get(LEDGER_CODE),
                pence(row.get(DEBIT)) - pence(row.get(CREDIT)), row.get(LINE_DESCRIPTION)));
    }

    private static long pence(String amount) {
        return amount.isEmpty() ? 0 : Money.parse(amount, "GBP").pence();
    }
}
