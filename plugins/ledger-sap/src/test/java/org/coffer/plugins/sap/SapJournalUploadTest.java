package org.coffer.plugins.sap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugin.testing.AbstractLedgerExportTest;
import org.coffer.plugin.testing.ExportedRow;
import org.coffer.plugin.testing.TestingCsv;

class SapJournalUploadTest extends AbstractLedgerExportTest {

    static final Map<String, String> SETTINGS = Map.of("companyCode", "1000", "documentType", "SA");

    @Override
    protected LedgerExport export() {
        return new SapJournalUpload();
    }

    @Override
    protected Map<String, String> settings() {
        return SETTINGS;
    }

    @Override
    protected List<String> requiredSettings() {
        return List.of("companyCode", "documentType");
    }

    @Override
    protected boolean writesCsv() {
        return true;
    }

    /** Reads the documents back: each line item belongs to the document header above it, named by REF_DOC_NO. */
    @Override
    protected Stream<ExportedRow> readBack(Path file) throws IOException {
        String[] document = {""};
        return TestingCsv.records(file, ',').map(record -> {
            if (record.get(0).equals("H")) {
                document[0] = record.get(6);
                return null;
            }
            return new ExportedRow(document[0], record.get(2), Money.parse(record.get(8), "GBP").pence(),
                    record.get(4));
        }).filter(Objects::nonNull);
    }
}
