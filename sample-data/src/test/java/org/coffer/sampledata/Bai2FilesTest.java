package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Bai2FilesTest {

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        GeneratedFile first = new Bai2Files(11).bai2(temp.resolve("a.bai"), 500);
        GeneratedFile second = new Bai2Files(11).bai2(temp.resolve("b.bai"), 500);

        assertThat(Files.mismatch(first.path(), second.path())).isEqualTo(-1);
        assertThat(second.expected()).isEqualTo(first.expected());
        assertThat(Files.mismatch(first.path(), new Bai2Files(12).bai2(temp.resolve("c.bai"), 500).path()))
                .isNotEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 25, 26, 301})
    void writesExactlyTheLinesAskedForWithTrailersThatAgree(int lines) throws IOException {
        GeneratedFile generated = new Bai2Files(3).bai2(temp.resolve("f.bai"), lines);
        List<String> records = Files.readAllLines(generated.path(), StandardCharsets.UTF_8);

        assertThat(generated.formatId()).isEqualTo("bai2");
        assertThat(records).filteredOn(r -> r.startsWith("16,")).hasSize(lines);
        assertThat(records.get(0)).startsWith("01,LOYDGB2L,FERNLEYBC,250401,0600,3,").endsWith(",2/");
        long details = records.stream().filter(r -> r.startsWith("16,"))
                .mapToLong(r -> Long.parseLong(r.split(",")[2])).sum();
        long balancesAndSummaries = records.stream().filter(r -> r.startsWith("03,")).mapToLong(r -> {
            String[] fields = r.substring(0, r.length() - 1).split(",", -1);
            return Long.parseLong(fields[4]) + Long.parseLong(fields[8]) + Long.parseLong(fields[12])
                    + Long.parseLong(fields[16]);
        }).sum();
        String trailer = records.get(records.size() - 1);
        assertThat(trailer).isEqualTo("99," + (details + balancesAndSummaries) + "," + generated.statements() + ","
                + records.size() + "/");
        assertThat(generated.creditPence() + generated.debitPence()).isEqualTo(details);
    }

    @Test
    void opensEachDayOnTheLastDaysClosingBalance() throws IOException {
        GeneratedFile generated = new Bai2Files(5).bai2(temp.resolve("f.bai"), 100);
        List<String[]> headers = Files.readAllLines(generated.path(), StandardCharsets.UTF_8).stream()
                .filter(r -> r.startsWith("03,")).map(r -> r.split(",")).toList();

        assertThat(headers).hasSize(4);
        for (int i = 1; i < headers.size(); i++) {
            assertThat(headers.get(i)[4]).isEqualTo(headers.get(i - 1)[8]);
        }
        assertThat(headers.get(0)[1]).isEqualTo(generated.account());
    }
}
