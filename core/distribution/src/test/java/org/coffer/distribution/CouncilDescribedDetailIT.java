package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A settler whose file layout is not published (PayPoint) described by the council as a layout, exactly as
 * docs/reconciliation.md shows: its file is read, its payments posted, and its settlement matched to it, once.
 */
class CouncilDescribedDetailIT {

    private static final String LAYOUT = """
            family=csv-layout
            id=paypoint-fernley
            name=PayPoint client transactions (Fernley)
            header.lines=1
            detect.header=Transaction date,Client reference,Amount,Outlet
            date=Transaction date
            date.format=dd/MM/yyyy
            amount=Amount
            reference=Client reference
            narrative=Outlet
            account.value=PAYPOINT FERNLEY
            channel.default=PAYPOINT
            """;
    private static final String SETTLER = "PAYPOINT,PayPoint,PAYPOINT,,PAYPOINT CLIENT .*,,,paypoint-fernley,"
            + "PAYPOINT FERNLEY,,3,1.00";

    @TempDir
    Path folder;

    @Test
    void aPayPointFileDescribedAsALayoutIsTheDetailItsSettlementIsMatchedTo() throws IOException {
        Path council = TestCoffer.config(folder).councilDir().orElseThrow();
        Files.createDirectories(council.resolve("layouts"));
        Files.writeString(council.resolve("layouts/paypoint-fernley.layout"), LAYOUT, StandardCharsets.UTF_8);
        Path settlers = council.resolve("settlers.csv");
        List<String> rows = Files.readAllLines(settlers, StandardCharsets.UTF_8).stream()
                .map(row -> row.startsWith("PAYPOINT,") ? SETTLER : row).toList();
        Files.write(settlers, rows, StandardCharsets.UTF_8);
        Path detail = Files.writeString(folder.resolve("paypoint-20250410.csv"), """
                Transaction date,Client reference,Amount,Outlet\r
                10/04/2025,7700123456,60.00,Fernley Stores\r
                10/04/2025,7700654321,25.50,Fernley Stores\r
                """, StandardCharsets.UTF_8);
        Path statement = Files.writeString(folder.resolve("income-20250411.csv"), "Post Date,Account Number,Account"
                + " Name,Type,Amount,Customer Reference,Transaction Detail,Balance\r\n11/04/2025,309942-40718834 GBP,"
                + "FERNLEY BC INCOME,BGC,85.50,PAYPOINT CLIENT 250410,PAYPOINT CLIENT,85.50\r\n",
                StandardCharsets.UTF_8);

        try (TestCoffer coffer = TestCoffer.open(folder)) {
            coffer.importFile(statement);
            assertThat(coffer.importFile(detail).formatId()).isEqualTo("paypoint-fernley");

            assertThat(coffer.sum("SELECT count(*) FROM live_settlement_matches WHERE settler = 'PAYPOINT'"
                    + " AND method = 'EXACT' AND difference_pence = 0")).isEqualTo(1);
            assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE channel = 'PAYPOINT'"))
                    .as("the payments are the income, and the settlement is not counted again").isEqualTo(85_50);
            assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings")).isEqualTo(85_50);
            SheetRows imports = SheetRows.of(coffer.coffer().reports().run("imports",
                    Map.of("from", "2026-04-01", "to", "2026-04-30")));
            assertThat(imports.text(1, "File")).isEqualTo("paypoint-20250410.csv");
            assertThat(imports.count(1, "Matched")).isEqualTo(1);
        }
    }
}
