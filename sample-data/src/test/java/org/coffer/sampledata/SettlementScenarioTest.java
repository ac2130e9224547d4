package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coffer.sampledata.SettlementTruth.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettlementScenarioTest {

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameFiles() throws IOException {
        SettlementScenario.Written first = new SettlementScenario(5).write(temp.resolve("a"));
        SettlementScenario.Written second = new SettlementScenario(5).write(temp.resolve("b"));

        assertThat(first.truth()).isEqualTo(second.truth());
        for (int i = 0; i < first.bankStatements().size(); i++) {
            assertThat(Files.mismatch(first.bankStatements().get(i).path(), second.bankStatements().get(i).path()))
                    .isEqualTo(-1);
        }
        assertThat(Files.mismatch(temp.resolve("a").resolve(SettlementScenario.TRUTH_FILE),
                temp.resolve("b").resolve(SettlementScenario.TRUTH_FILE))).isEqualTo(-1);
    }

    @Test
    void eachSettlementPaysItsBatchesNetOfTheSettlersFees() throws IOException {
        SettlementScenario.Written written = new SettlementScenario(5).write(temp);
        Map<String, GeneratedFile> files = written.detailFiles().stream()
                .collect(Collectors.toMap(f -> f.path().getFileName().toString(), Function.identity()));

        for (SettlementTruth truth : written.truth()) {
            long expected = truth.batches().stream().map(files::get)
                    .mapToLong(f -> f.creditPence() - f.debitPence()
                            - (truth.settler().equals("CARD") ? SettlementScenario.cardFee(f.creditPence()) : 0))
                    .sum();
            switch (truth.shape()) {
                case ONE_TO_ONE, MANY_TO_ONE, NOT_PAID -> assertThat(truth.signedPence()).isEqualTo(expected);
                case WITHIN_TOLERANCE -> assertThat(truth.signedPence()).isEqualTo(expected - 37);
                case BEYOND_TOLERANCE -> assertThat(truth.signedPence()).isEqualTo(expected - 15_00);
                case SPLIT -> assertThat(written.truth().stream().filter(t -> t.batches().equals(truth.batches()))
                        .mapToLong(SettlementTruth::signedPence).sum()).isEqualTo(expected);
                default -> assertThat(truth.batches()).isEmpty();
            }
        }
        assertThat(written.truth()).extracting(SettlementTruth::shape).contains(Shape.values());
    }

    @Test
    void settlersPayOnBankingDaysOnlyAndTheLateFileWaitsApart() throws IOException {
        SettlementScenario.Written written = new SettlementScenario(5).write(temp);

        assertThat(written.truth()).filteredOn(t -> !t.bankLine().isEmpty())
                .allSatisfy(t -> assertThat(BankingDays.isBankingDay(t.valueDate())).isTrue());
        // Good Friday and Easter Monday 2025: Thursday's Allpay batch is paid on Tuesday.
        assertThat(written.truth()).filteredOn(t -> t.batches().equals(List.of("allpay-2025-04-17.txt")))
                .extracting(SettlementTruth::valueDate).containsExactly(LocalDate.of(2025, 4, 22));
        GeneratedFile late = written.detailFiles().get(written.detailFiles().size() - 1);
        assertThat(late.path().getParent().getFileName().toString()).isEqualTo(SettlementScenario.WITHHELD);
        assertThat(written.bankStatements()).hasSize(5);
    }

    @Test
    void writesTheTruthBesideTheFiles() throws IOException {
        SettlementScenario.Written written = new SettlementScenario(5).write(temp);
        List<String> lines = Files.readAllLines(temp.resolve(SettlementScenario.TRUTH_FILE), StandardCharsets.UTF_8);

        assertThat(lines).hasSize(written.truth().size() + 1);
        assertThat(lines.get(0)).isEqualTo("bank_line,value_date,pence,settler,shape,batches,reverses");
        assertThat(lines).anyMatch(line -> line.matches("ALLPAY FERNLEY \\d{6} \\d+,2025-04-17,\\d+,ALLPAY,MANY_TO_ONE,"
                + "allpay-2025-04-15.txt;allpay-2025-04-16.txt,"));
        assertThat(lines).contains("BACS DD UNPAID 250410 1,2025-04-15,-11200,BACSDD,REVERSAL,,"
                + "BACS DD COLLECTION 250410 1");
    }
}
