package org.coffer.plugins.layout;

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

/** A semicolon-separated layout with a header row, unsigned decimal amounts and a D/C flag. */
class LayoutCsvExportTest extends AbstractLedgerExportTest {

    static final Map<String, String> SETTINGS = Map.of("format", "csv", "header", "yes", "delimiter", ";",
            "columns", "journalNumber,lineNumber,journalDate,ledgerCode,costCentre,dimension.service,dc,amount,"
                    + "narrative",
            "sign", "dc-flag", "dateFormat", "dd/MM/yyyy");

    @Override
    protected LedgerExport export() {
        return new LayoutExport();
    }

    @Override
    protected Map<String, String> settings() {
        return SETTINGS;
    }

    @Override
    protected List<String> requiredSettings() {
        return List.of("format", "columns");
    }

    @Override
    protected boolean writesCsv() {
        return true;
    }

    @Override
    protected Stream<ExportedRow> readBack(Path file) throws IOException {
        return TestingCsv.records(file, ';').skip(1).map(row -> {
            long pence = Money.parse(row.get(7), "GBP").pence();
            return new ExportedRow(row.get(0), row.get(3), row.get(6).equals("D") ? pence : -pence, row.get(8));
        });
    }
}
