package org.coffer.plugins.unit4;

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

class Unit4GlExportTest extends AbstractLedgerExportTest {

    static final Map<String, String> SETTINGS = Map.of("client", "TD", "voucherType", "CI", "batchPrefix", "COF",
            "interface", "BI", "dimensions", "dim_1=costCentre,dim_2=service,dim_3=subjective");

    @Override
    protected LedgerExport export() {
        return new Unit4GlExport();
    }

    @Override
    protected Map<String, String> settings() {
        return SETTINGS;
    }

    @Override
    protected List<String> requiredSettings() {
        return List.of("client", "voucherType");
    }

    @Override
    protected boolean writesCsv() {
        return true;
    }

    /** Reads the batch input back: the batch id names the journal, and the amount is signed. */
    @Override
    protected Stream<ExportedRow> readBack(Path file) throws IOException {
        return TestingCsv.records(file, ',').skip(1).map(row -> new ExportedRow(row.get(0), row.get(5),
                Money.parse(row.get(16), "GBP").pence(), row.get(17)));
    }
}
