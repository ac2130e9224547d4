package org.coffer.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coffer.server.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the staging writer writes, DuckDB reads back exactly: every text, number and date, and missing values. */
class StagingCsvWriterTest {

    @TempDir
    Path dir;

    private static final List<String> TEXTS = List.of("", "plain", "with, comma", "\"quoted\" and \"\"doubled\"\"",
            "two\nlines\r\nand a tab\t", "£ sterling, é acute, € euro", "Ω omega, ₹ rupee, 日本", "payer 😀 emoji",
            "back\\slash \\N", "x".repeat(70_000), "é".repeat(30_000) + "\"€\"".repeat(10_000));

    @Test
    void duckDbReadsBackEveryValueAsWritten() throws Exception {
        Path chunk = dir.resolve("chunk.csv");
        List<Row> written = new ArrayList<>();
        long[] numbers = {0, 7, -7, 1_234_567, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        LocalDate[] dates = {LocalDate.of(2025, 4, 1), LocalDate.of(1999, 12, 31), LocalDate.of(999, 1, 2),
            LocalDate.of(2026, 11, 29)};
        for (int i = 0; i < 2_000; i++) {
            written.add(new Row(i, numbers[i % numbers.length], i % 5 == 0 ? null : TEXTS.get(i % TEXTS.size()),
                    dates[i % dates.length], i % 3 == 0 ? null : Long.valueOf(i)));
        }
        try (StagingCsvWriter out = new StagingCsvWriter(chunk)) {
            for (Row row : written) {
                out.number(row.ordinal());
                out.number(row.number());
                out.text(row.text());
                out.date(row.date());
                if (row.optional() == null) {
                    out.missing();
                } else {
                    out.number(row.optional());
                }
                out.endRow();
            }
        }

        try (Database database = Database.open(dir.resolve("read.duckdb"))) {
            List<Row> read = database.jdbi().withHandle(handle -> handle.createQuery("SELECT * FROM read_csv('"
                            + chunk + "', " + StagingCsvWriter.READ_OPTIONS + ", columns = {'ordinal': 'BIGINT', "
                            + "'number': 'BIGINT', 'text': 'VARCHAR', 'date': 'DATE', 'optional': 'BIGINT'}) "
                            + "ORDER BY ordinal")
                    .map((rs, ctx) -> new Row(rs.getLong("ordinal"), rs.getLong("number"), rs.getString("text"),
                            rs.getObject("date", LocalDate.class), (Long) rs.getObject("optional")))
                    .list());

            assertThat(read).containsExactlyElementsOf(written);
        }
    }

    @Test
    void aLoneHalfOfASurrogatePairIsWrittenAsAQuestionMark() throws Exception {
        Path chunk = dir.resolve("chunk.csv");
        try (StagingCsvWriter out = new StagingCsvWriter(chunk)) {
            out.text("a\uD83Db");
            out.endRow();
        }

        assertThat(Files.readString(chunk)).isEqualTo("\"a?b\"\n");
    }

    private record Row(long ordinal, long number, String text, LocalDate date, Long optional) {
    }
}
