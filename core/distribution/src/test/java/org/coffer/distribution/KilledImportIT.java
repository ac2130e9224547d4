package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import killed half-way leaves nothing behind once the database is opened again. */
class KilledImportIT {

    @TempDir
    Path folder;

    @Test
    void anImportKilledHalfWayLeavesNoRows() throws IOException, InterruptedException {
        TestCoffer.config(folder);
        Files.writeString(folder.resolve("coffer.properties"),
                "database.file=coffer.duckdb\nplugins.dir=plugins\ncouncil.dir=council\n");
        GeneratedFile file = new StatementFiles(31L).mt940(folder.resolve("big.sta"), 3_000_000);

        SeparateJvm importing = SeparateJvm.start(folder, List.of("-Xmx256m"), "import", file.path().toString());
        Path wal = folder.resolve("coffer.duckdb.wal");
        waitUntilWriting(importing, folder.resolve("coffer.duckdb"), wal);
        importing.kill();

        assertThat(importing.output()).doesNotContain("stored as import");
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            assertThat(coffer.count("receipts")).isZero();
            assertThat(coffer.count("postings")).isZero();
            assertThat(coffer.count("statements")).isZero();
            assertThat(coffer.coffer().imports().history(10)).noneMatch(row -> row.stored());
        }
    }

    /** Waits until the import has begun writing receipts: the database has grown past its empty size. */
    private static void waitUntilWriting(SeparateJvm importing, Path database, Path wal)
            throws IOException, InterruptedException {
        long emptySize = -1;
        for (int tick = 0; tick < 1_200; tick++) {
            assertThat(importing.isAlive()).as("the import is still running; it printed:\n%s", importing.output())
                    .isTrue();
            long size = (Files.exists(database) ? Files.size(database) : 0) + (Files.exists(wal) ? Files.size(wal) : 0);
            if (emptySize < 0 && size > 0) {
                emptySize = size;
            } else if (emptySize > 0 && size > emptySize + (4 << 20)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never began writing; it printed:\n" + importing.output());
    }
}
