package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** A file far larger than the heap imports: every stage streams. */
class LargeFileIT {

    /** Well under the size of the files: a reader that held a file in memory would fail. */
    private static final String SMALL_HEAP = "-Xmx48m";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"mt940", "camt053"})
    void importsA50MegabyteFileInASmallHeap(String format) throws IOException, InterruptedException {
        TestCoffer.config(folder);
        Files.writeString(folder.resolve("coffer.properties"),
                "database.file=coffer.duckdb\nplugins.dir=plugins\ncouncil.dir=council\n");
        StatementFiles files = new StatementFiles(41L);
        GeneratedFile file = format.equals("mt940") ? files.mt940(folder.resolve("large.sta"), 700_000)
                : files.camt053(folder.resolve("large.xml"), 80_000);
        assertThat(Files.size(file.path())).isGreaterThan(50L << 20);

        SeparateJvm importing = SeparateJvm.start(folder, List.of(SMALL_HEAP), "import", file.path().toString());

        assertThat(importing.waitFor()).as(importing.output()).isZero();
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            assertThat(coffer.count("receipts")).isEqualTo(file.lines());
            assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM receipts"))
                    .isEqualTo(file.creditPence() - file.debitPence());
        }
    }
}
