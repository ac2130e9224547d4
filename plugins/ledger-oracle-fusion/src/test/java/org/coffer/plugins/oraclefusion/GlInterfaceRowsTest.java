package org.coffer.plugins.oraclefusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.testing.TestingCsv;
import org.coffer.plugin.testing.TestingExportContext;
import org.coffer.plugin.testing.TestingJournals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlInterfaceRowsTest {

    @TempDir
    Path temp;

    @Test
    void writesTheTemplatesColumnsWithDebitsAndCreditsApart() throws IOException {
        List<List<String>> rows = write(context());

        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(67));
        List<String> bank = rows.get(0);
        assertThat(bank.subList(0, 12)).containsExactly("NEW", "300000046975971", "2025/06/30", "Coffer", "Income",
                "GBP", "2025/06/30", "A", "100", "", "B1000", "");
        assertThat(bank.subList(38, 42)).containsExactly("62518.88", "", "", "");
        assertThat(bank.get(42)).as("REFERENCE1, the batch").isEqualTo("Coffer run 7");
        assertThat(bank.get(45)).as("REFERENCE4, the journal").isEqualTo("Coffer run 7 journal 1");
        assertThat(bank.get(46)).isEqualTo("Coffer income MAIN 2025/26 P3");
        assertThat(bank.get(66)).as("GROUP_ID, the run").isEqualTo("7");
        List<String> councilTax = rows.get(1);
        assertThat(councilTax.subList(8, 12)).containsExactly("100", "CC100", "R1001", "REV");
        assertThat(councilTax.subList(38, 40)).containsExactly("", "12345.67");
        assertThat(rows.get(4).get(52)).as("REFERENCE21, the payer's account").isEqualTo("'@TW-0002");
    }

    @Test
    void aSourceNameLongerThanOracleHoldsIsRefusedNamingTheSetting() {
        TestingExportContext context = context().with("source", "Coffer income management exports");

        assertThatThrownBy(() -> write(context)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("'source'").hasMessageContaining("32 characters")
                .hasMessageContaining("hold 25").hasMessageContaining("ORACLE_NAME_TOO_LONG");
    }

    @Test
    void aCategoryNameLongerThanOracleHoldsIsRefusedToo() {
        assertThatThrownBy(() -> write(context().with("category", "Income received by the council")))
                .hasMessageContaining("'category'").hasMessageContaining("ORACLE_NAME_TOO_LONG");
    }

    @Test
    void segmentsWithoutTheLedgerCodeAreRefused() {
        assertThatThrownBy(() -> write(context().with("segments", "1=const:100,2=costCentre")))
                .hasMessageContaining("'segments'").hasMessageContaining("no segment carries the ledgerCode");
        assertThatThrownBy(() -> write(context().with("segments", "31=ledgerCode")))
                .hasMessageContaining("'31=ledgerCode' is not a segment 1 to 30");
    }

    @Test
    void aLedgerIdThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> write(context().with("ledgerId", "UK Primary Ledger")))
                .hasMessageContaining("'ledgerId'").hasMessageContaining("up to 18 digits");
    }

    @Test
    void aValueLongerThanItsSegmentIsRefusedNamingJournalLineAndSegment() {
        TestingExportContext context = context().with("segments", "1=const:ABCDEFGHIJKLMNOPQRSTUVWXYZ,3=ledgerCode");

        assertThatThrownBy(() -> write(context)).hasMessageContaining("line 1, field SEGMENT1")
                .hasMessageContaining("journal 1").hasMessageContaining("ORACLE_VALUE_TOO_LONG");
    }

    private static TestingExportContext context() {
        return TestingExportContext.of("run.csv", OracleFusionExportTest.SETTINGS);
    }

    private List<List<String>> write(TestingExportContext context) throws IOException {
        Path file = temp.resolve("run.csv");
        try (var out = Files.newOutputStream(file)) {
            new OracleFusionExport().write(List.copyOf(TestingJournals.run()), context, out);
        }
        try (Stream<List<String>> rows = TestingCsv.records(file, ',')) {
            return rows.toList();
        }
    }
}
