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

class CardSettlementWriterTest {

    @TempDir
    Path temp;

    @Test
    void writesThePreambleTheHeaderAndOneRowPerLineLikeTheBarclaycardSample() throws IOException {
        GeneratedFile file = new CardSettlementWriter(4L).write(temp.resolve("card.csv"), 450);
        List<String> rows = Files.readAllLines(file.path(), StandardCharsets.UTF_8);

        assertThat(rows.get(0)).isEqualTo("Transaction Date 01 Apr 2025 - 03 Apr 2025");
        assertThat(rows.get(1)).startsWith("Transaction date,Processed date,").endsWith("Outlet Number,");
        assertThat(rows).hasSize(452);
        assertThat(rows.get(2).split(",", -1)).hasSize(rows.get(1).split(",", -1).length - 1);
        assertThat(rows.get(2)).matches("01 Apr 2025,02 Apr 2025,[0-9]+\\.[0-9]{2},GBP,[45]00000\\*{6}[0-9]{4},"
                + "Sale(s Refund)?,.*,'[0-9]{23}',4471882,,,4471882");
        assertThat(file.expected()).hasSize(450).extracting(ExpectedLine::kind).contains(LineKind.REVERSAL);
        assertThat(file.creditPence() - file.debitPence())
                .isEqualTo(file.expected().stream().mapToLong(ExpectedLine::signedPence).sum());
    }
}
