package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coffer.plugin.api.format.LineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovUkPayWriterTest {

    @TempDir
    Path temp;

    @Test
    void writesExactlyTheLinesAskedForWithAFeeLineAfterEachChargedPayment() throws IOException {
        GeneratedFile file = new GovUkPayWriter(3L).write(temp.resolve("pay.csv"), 501, GovUkPayWriter.Layout.STRIPE);

        assertThat(file.lines()).isEqualTo(501);
        assertThat(file.expected()).hasSize(501);
        assertThat(file.formatId()).isEqualTo("govuk-pay");
        List<ExpectedLine> lines = file.expected();
        assertThat(lines).extracting(ExpectedLine::kind).contains(LineKind.PAYMENT, LineKind.REVERSAL, LineKind.FEE);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).kind() == LineKind.FEE && lines.get(i - 1).kind() == LineKind.PAYMENT) {
                assertThat(lines.get(i).reference()).isEqualTo(lines.get(i - 1).reference());
                assertThat(lines.get(i).signedPence()).isNegative();
            }
        }
        long credits = lines.stream().mapToLong(ExpectedLine::signedPence).filter(p -> p > 0).sum();
        assertThat(file.creditPence()).isEqualTo(credits);
    }

    @Test
    void writesTheSameBytesForTheSameSeed() throws IOException {
        new GovUkPayWriter(9L).write(temp.resolve("a.csv"), 200, GovUkPayWriter.Layout.LEDGER);
        new GovUkPayWriter(9L).write(temp.resolve("b.csv"), 200, GovUkPayWriter.Layout.LEDGER);

        assertThat(Files.readAllBytes(temp.resolve("a.csv"))).isEqualTo(Files.readAllBytes(temp.resolve("b.csv")));
    }

    @Test
    void writesTheLedgerLayoutWithGroupedAmountsMetadataAndGuardedText() throws IOException {
        GeneratedFile file = new GovUkPayWriter(5L).write(temp.resolve("ledger.csv"), 3000,
                GovUkPayWriter.Layout.LEDGER);
        String text = Files.readString(file.path(), StandardCharsets.UTF_8);

        assertThat(text.lines().findFirst().orElseThrow()).endsWith("MOTO,fund_code (metadata),ledger_code (metadata)")
                .doesNotContain("Fee");
        assertThat(text).containsPattern("\"[0-9]{1,3},[0-9]{3}\\.[0-9]{2}\"").contains(",\"-")
                .contains("\n'-").contains("Refund success").contains("Declined");
        assertThat(file.expected()).extracting(ExpectedLine::kind).doesNotContain(LineKind.FEE);
    }
}
