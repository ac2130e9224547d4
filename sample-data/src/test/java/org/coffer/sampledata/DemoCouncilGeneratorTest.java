package org.coffer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.sampledata.TestingStatementReader.ReadStatement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCouncilGeneratorTest {

    @TempDir
    static Path temp;

    private static List<GeneratedFile> files;
    private static List<ExpectedLine> lines;

    @BeforeAll
    static void generate() throws IOException {
        files = new DemoCouncilGenerator(2024).generate(temp.resolve("demo"), DemoCouncilGenerator.Size.SMALL);
        lines = files.stream().flatMap(file -> file.expected().stream()).toList();
    }

    @Test
    void writesOneFilePerAccountPerMonthOfTwoFinancialYears() {
        assertThat(files).hasSize(48);
        assertThat(files.get(0).path().getFileName()).hasToString("MAIN-2024-04.sta");
        assertThat(files.get(23).path().getFileName()).hasToString("MAIN-2026-03.sta");
        assertThat(files.get(24).path().getFileName()).hasToString("INCOME-2024-04.xml");
        assertThat(files.get(24).formatId()).isEqualTo("camt053");
        assertThat(files.get(24).account()).isEqualTo("GB18LOYD30994240718834");
        assertThat(files.get(0).account()).isEqualTo("30994240718826");
        assertThat(lines).hasSizeBetween(2_500, 3_500);
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        List<GeneratedFile> again = new DemoCouncilGenerator(2024).generate(temp.resolve("again"),
                DemoCouncilGenerator.Size.SMALL);
        for (int i = 0; i < files.size(); i++) {
            assertThat(Files.mismatch(files.get(i).path(), again.get(i).path())).as("%s", again.get(i).path())
                    .isEqualTo(-1);
        }
    }

    @Test
    void booksNothingOnWeekendsOrBankHolidays() {
        Set<LocalDate> days = new HashSet<>();
        lines.forEach(line -> days.add(line.valueDate()));
        assertThat(days).allMatch(BankingDays::isBankingDay).doesNotContain(
                LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
                LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26), LocalDate.of(2026, 1, 1));
        assertThat(days).contains(LocalDate.of(2024, 4, 2), LocalDate.of(2026, 3, 31));
    }

    @Test
    void carriesBalancesAndStatementNumbersFromMonthToMonth() throws Exception {
        for (String account : List.of("MAIN", "INCOME")) {
            ReadStatement previous = null;
            for (GeneratedFile file : files) {
                if (!file.path().getFileName().toString().startsWith(account + "-")) {
                    continue;
                }
                List<ReadStatement> statements = file.formatId().equals("mt940")
                        ? TestingStatementReader.mt940(file.path()) : TestingStatementReader.camt053(file.path());
                for (ReadStatement statement : statements) {
                    assertThat(statement.openingPence() + statement.sum()).isEqualTo(statement.closingPence());
                    if (previous != null) {
                        assertThat(statement.openingPence()).as("%s %d", account, statement.sequence())
                                .isEqualTo(previous.closingPence());
                        assertThat(statement.sequence()).isEqualTo(previous.sequence() + 1);
                    }
                    previous = statement;
                }
            }
            assertThat(previous.sequence()).as("banking days in two years for %s", account).isBetween(500L, 510L);
        }
    }

    @Test
    void mixesMatchingReferencesWithMessyAndUnidentifiableOnes() {
        List<Fund> funds = DemoCouncil.load().funds();
        List<ExpectedLine> payments = lines.stream().filter(line -> line.kind() == LineKind.PAYMENT).toList();
        long matching = payments.stream()
                .filter(line -> funds.stream().anyMatch(fund -> fund.matches(line.reference()))).count();
        long unidentifiable = payments.stream().filter(line -> line.trueFundCode().isEmpty()).count();
        long messy = payments.stream().filter(line -> !line.trueReference().isEmpty()
                && !line.reference().equals(line.trueReference())).count();

        assertThat(matching).isGreaterThan(payments.size() / 2);
        assertThat(unidentifiable * 100 / payments.size()).as("percent unidentifiable").isBetween(5L, 12L);
        assertThat(messy).isGreaterThan(payments.size() / 4);
        assertThat(lines).extracting(ExpectedLine::kind)
                .contains(LineKind.PAYMENT, LineKind.SETTLEMENT, LineKind.REVERSAL, LineKind.FEE);
    }

    @Test
    void chargesTheAccountOnceAMonth() {
        for (GeneratedFile file : files) {
            assertThat(file.expected()).filteredOn(line -> line.kind() == LineKind.FEE).as("%s", file.path())
                    .hasSize(1).allMatch(line -> line.signedPence() < 0);
        }
    }
}
