package org.coffer.plugins.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugin.testing.AbstractLedgerExportTest;
import org.coffer.plugin.testing.ExportedRow;

/** A fixed-width layout with separate debit and credit columns in pence, zero-filled, and LF line endings. */
class LayoutFixedWidthExportTest extends AbstractLedgerExportTest {

    static final Map<String, String> SETTINGS = Map.of("format", "fixed", "lineEnding", "lf",
            "columns", "journalNumber:4:right:zero,ledgerCode:8,costCentre:6,debit:12:right:zero,"
                    + "credit:12:right:zero,effectiveDate:8,narrative:60",
            "sign", "debit-credit", "amounts", "pence", "emptyAmount", "zero", "dateFormat", "yyyyMMdd");

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
        return false;
    }

    /** Cuts each record at the columns' positions: 4, 8, 6, 12, 12, 8 and 60 characters. */
    @Override
    protected Stream<ExportedRow> readBack(Path file) throws IOException {
        return Files.lines(file, StandardCharsets.UTF_8).map(record -> new ExportedRow(record.substring(0, 4),
                record.substring(4, 12).trim(), Long.parseLong(record.substring(18, 30))
                        - Long.parseLong(record.substring(30, 42)), record.substring(50).trim()));
    }
}
