package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.sampledata.ExpectedLine;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.SettlementTruth;
import org.coffer.sampledata.SettlementTruth.Shape;
import org.coffer.server.reconciliation.DailyReconciliation;
import org.coffer.server.reconciliation.DayBalance;
import org.coffer.server.reconciliation.Leftovers;
import org.coffer.server.reconciliation.MatchView;
import org.coffer.server.reconciliation.UndetailedLine;
import org.coffer.server.reconciliation.UnpaidBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated settlement scenario imported through the real plugins in three orders (all the detail then all the
 * bank statements; the bank statements first; day by day as the files would arrive), matched after each import, and
 * compared with the generator's truth: every true match found, none that is not true, what has no partner listed with
 * its age, each payment counted once, and every bank day reconciled to the penny.
 */
class ReconciliationScenarioIT {

    @TempDir
    static Path folder;

    private static SettlementScenarioFiles scenario;
    private static TestCoffer detailFirst;
    private static TestCoffer bankFirst;
    private static TestCoffer dayByDay;

    @BeforeAll
    static void importTheScenarioInThreeOrders() throws IOException {
        scenario = SettlementScenarioFiles.write(folder.resolve("scenario"));
        List<Path> detailThenBank = new ArrayList<>(scenario.detail());
        detailThenBank.addAll(scenario.bank());
        List<Path> bankThenDetail = new ArrayList<>(scenario.bank());
        bankThenDetail.addAll(scenario.detail());
        detailFirst = importAll(folder.resolve("detail-first"), detailThenBank);
        bankFirst = importAll(folder.resolve("bank-first"), bankThenDetail);
        dayByDay = importAll(folder.resolve("day-by-day"), scenario.dayByDay());
    }

    @AfterAll
    static void close() {
        for (TestCoffer coffer : new TestCoffer[] {detailFirst, bankFirst, dayByDay}) {
            if (coffer != null) {
                coffer.close();
            }
        }
    }

    @Test
    void findsEveryTrueMatchAndNoOtherWhateverTheOrderOfImport() {
        for (TestCoffer coffer : List.of(detailFirst, bankFirst, dayByDay)) {
            List<MatchView> matches = coffer.coffer().reconciliation().matches(10_000);
            Set<SettlementScenarioFiles.Key> exact = keys(matches, "EXACT");
            Set<SettlementScenarioFiles.Key> proposed = keys(matches, "PROPOSED");

            assertThat(exact).containsExactlyInAnyOrderElementsOf(scenario.exactMatches());
            assertThat(proposed).containsExactlyInAnyOrderElementsOf(scenario.proposals());
            assertThat(matches).hasSize(exact.size() + proposed.size());
            assertThat(matches).filteredOn(m -> m.method().equals("EXACT") && !m.shape().equals("REVERSAL"))
                    .allSatisfy(m -> assertThat(m.differencePence()).isZero());
        }
    }

    @Test
    void countsEachPaymentOnceWhicheverFileCameFirstAndHoweverFarApart() {
        long payments = 0;
        List<GeneratedFile> imported = new ArrayList<>(scenario.written.bankStatements());
        imported.addAll(scenario.written.detailFiles().subList(0, scenario.written.detailFiles().size() - 1));
        for (GeneratedFile file : imported) {
            payments += file.expected().stream()
                    .filter(line -> line.kind() == LineKind.PAYMENT || line.kind() == LineKind.REVERSAL)
                    .mapToLong(ExpectedLine::signedPence).sum();
        }
        Map<String, Long> byFund = incomeByFund(detailFirst);

        assertThat(byFund.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(payments);
        assertThat(incomeByFund(bankFirst)).isEqualTo(byFund);
        assertThat(incomeByFund(dayByDay)).isEqualTo(byFund);
    }

    @Test
    void listsWhatHasNoPartnerWithItsAge() {
        Leftovers leftovers = bankFirst.coffer().reconciliation().leftovers(1_000);

        List<SettlementTruth> undetailed = new ArrayList<>(scenario.truths(Shape.NO_DETAIL));
        undetailed.addAll(scenario.truths(Shape.BEYOND_TOLERANCE));
        assertThat(leftovers.settlementsWithoutDetail())
                .extracting(UndetailedLine::reference, UndetailedLine::pence, UndetailedLine::ageDays)
                .containsExactlyInAnyOrderElementsOf(undetailed.stream().map(t -> tuple(t.bankLine(), t.signedPence(),
                        ChronoUnit.DAYS.between(t.valueDate(), leftovers.asOf()))).toList());
        List<SettlementTruth> unpaid = new ArrayList<>(scenario.truths(Shape.NOT_PAID));
        unpaid.addAll(scenario.truths(Shape.BEYOND_TOLERANCE));
        assertThat(leftovers.detailWithoutSettlement()).extracting(UnpaidBatch::fileName)
                .containsExactlyInAnyOrderElementsOf(unpaid.stream().map(t -> t.batches().get(0)).toList());
        SettlementTruth notPaid = scenario.truths(Shape.NOT_PAID).get(0);
        assertThat(leftovers.detailWithoutSettlement()).filteredOn(b -> b.fileName().equals(notPaid.batches().get(0)))
                .singleElement().satisfies(batch -> {
                    assertThat(batch.expectedPence()).isEqualTo(notPaid.signedPence());
                    assertThat(batch.ageDays()).isEqualTo(ChronoUnit.DAYS.between(notPaid.valueDate(),
                            leftovers.asOf()));
                });
        assertThat(leftovers.proposals()).extracting(SettlementScenarioFiles::key)
                .containsExactlyInAnyOrderElementsOf(scenario.proposals());
    }

    @Test
    void reconcilesEveryBankDayToThePennyListingTheSettlementsNotYetMatched() {
        for (TestCoffer coffer : List.of(detailFirst, bankFirst, dayByDay)) {
            List<DayBalance> days = new DailyReconciliation(coffer.coffer().database())
                    .days("MAIN", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31));

            assertThat(days).hasSize(scenario.written.bankStatements().stream().mapToInt(GeneratedFile::statements)
                    .sum());
            assertThat(days).allSatisfy(day -> assertThat(day.differencePence()).as("%s", day.day()).isZero());
            Map<LocalDate, Long> waiting = scenario.written.truth().stream()
                    .filter(t -> Set.of(Shape.NO_DETAIL, Shape.BEYOND_TOLERANCE, Shape.WITHIN_TOLERANCE)
                            .contains(t.shape()))
                    .collect(Collectors.groupingBy(SettlementTruth::valueDate, Collectors.counting()));
            assertThat(days).allSatisfy(day -> assertThat(day.unmatchedSettlements()).as("%s", day.day())
                    .isEqualTo(waiting.getOrDefault(day.day(), 0L)));
        }
    }

    @Test
    void matchesTheLateDetailFileToTheLineThatWaitedForIt() {
        SettlementTruth waiting = scenario.truths(Shape.NO_DETAIL).stream()
                .filter(t -> t.settler().equals("ALLPAY")).findFirst().orElseThrow();

        detailFirst.importFile(scenario.withheld());

        assertThat(keys(detailFirst.coffer().reconciliation().matches(10_000), "EXACT"))
                .contains(new SettlementScenarioFiles.Key(Set.of(waiting.bankLine()),
                        Set.of(scenario.withheld().getFileName().toString())));
        assertThat(detailFirst.coffer().reconciliation().leftovers(100).settlementsWithoutDetail())
                .extracting(UndetailedLine::reference).doesNotContain(waiting.bankLine());
    }

    private static Set<SettlementScenarioFiles.Key> keys(List<MatchView> matches, String method) {
        return matches.stream().filter(m -> m.method().equals(method)).map(SettlementScenarioFiles::key)
                .collect(Collectors.toSet());
    }

    private static Map<String, Long> incomeByFund(TestCoffer coffer) {
        return coffer.coffer().database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT fund_code, CAST(sum(amount_pence) AS BIGINT) AS pence FROM postings GROUP BY fund_code")
                .reduceRows(new java.util.TreeMap<String, Long>(), (map, row) -> {
                    map.put(row.getColumn("fund_code", String.class), row.getColumn("pence", Long.class));
                    return map;
                }));
    }

    private static TestCoffer importAll(Path dir, List<Path> files) throws IOException {
        TestCoffer coffer = TestCoffer.open(dir);
        for (Path file : files) {
            coffer.importFile(file);
        }
        return coffer;
    }
}
