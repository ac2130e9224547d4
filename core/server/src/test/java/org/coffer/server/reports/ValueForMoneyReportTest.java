package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coffer.server.config.UnitCostsFile;
import org.coffer.server.text.Amounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost of collection by channel, worked out here from the postings and the published unit costs. */
class ValueForMoneyReportTest {

    /** The published defaults in pence, written out again here rather than read from the code under test. */
    private static final Map<String, Long> UNIT_PENCE = Map.of("CASH", 862L, "CHEQUE", 862L, "CARD_PHONE", 283L,
            "CARD_ONLINE", 15L, "DIRECT_DEBIT", 2L);
    private static final Map<String, String> SPRING = Map.of("from", "2026-04-01", "to", "2026-06-30",
            "shift", "25", "shift_to", "DIRECT_DEBIT");

    @TempDir
    Path dir;

    @Test
    void wholePeriodCostsPerChannelAndSavingsMatchFiguresWorkedOutHere() {
        try (TestingReports reports = new TestingReports(dir)) {
            post(reports);
            Map<String, long[]> expected = expected(reports, 0.25, 2);

            List<Object[]> rows = reports.runner.run("value-for-money", SPRING).firstRows(1000);
            Map<String, Object[]> wholePeriod = new HashMap<>();
            rows.stream().filter(row -> row[0].equals("Whole period")).forEach(row -> wholePeriod.put((String) row[1],
                    row));

            assertThat(wholePeriod.keySet()).containsExactlyInAnyOrder("CASH", "CHEQUE", "CARD_PHONE",
                    "CARD_ONLINE", "DIRECT_DEBIT", "All channels");
            long[] all = new long[5];
            expected.forEach((channel, figures) -> {
                Object[] row = wholePeriod.get(channel);
                assertThat(new long[] {(Long) row[3], (Long) row[4], (Long) row[5], (Long) row[10], (Long) row[11]})
                        .as(channel).containsExactly(figures);
                assertThat((Long) row[6]).as(channel + " provider fees").isZero();
                assertThat((Long) row[7]).as(channel + " total cost").isEqualTo(figures[2]);
                assertThat((Long) row[8]).as(channel + " cost per payment").isEqualTo(UNIT_PENCE.get(channel));
                for (int i = 0; i < all.length; i++) {
                    all[i] += figures[i];
                }
            });
            Object[] total = wholePeriod.get("All channels");
            assertThat(new long[] {(Long) total[3], (Long) total[4], (Long) total[5], (Long) total[10],
                    (Long) total[11]}).containsExactly(all);
            assertThat((Long) total[9]).as("cost per £1,000").isEqualTo(Math.round(all[2] * 100_000.0 / all[1]));
            assertThat((Long) total[12]).as("saving a year").isEqualTo(Math.round(all[4] * 365.0 / 91));
            assertThat(rows.stream().filter(row -> row[1].equals("All channels")).map(row -> row[0]))
                    .containsExactly("April 2026", "May 2026", "June 2026", "Whole period");
        }
    }

    @Test
    void thePdfStatesEachFiguresSourceAndTheWholePeriod() {
        try (TestingReports reports = new TestingReports(dir)) {
            post(reports);
            long[] cash = expected(reports, 0.25, 2).get("CASH");

            String text = String.join(" ", TestingReports.pdfPages(reports.runner.run("value-for-money", SPRING)))
                    .replaceAll("\\s+", " ");

            assertThat(text).contains("Share of cash, cheque and phone payments moved: 25%",
                    "Moved to: DIRECT_DEBIT",
                    "Whole period CASH Face to face " + Amounts.count(cash[0]) + " " + Amounts.format(cash[1], "GBP")
                            + " " + Amounts.format(cash[2], "GBP") + " £0.00 " + Amounts.format(cash[2], "GBP")
                            + " £8.62",
                    "Socitm Channel Value Benchmarking 2011", "Lambeth channel accounting 2009",
                    "a council should replace them with its own costs");
        }
    }

    @Test
    void aCouncilsOwnUnitCostsReplaceTheDefaults() throws Exception {
        Path council = Files.createDirectories(dir.resolve("own"));
        Files.writeString(council.resolve(UnitCostsFile.NAME), """
                channel,contact,unit_cost,source
                CASH,Face to face,5.00,Fernley cashiers' costing 2026
                """);
        try (TestingReports reports = new TestingReports(dir)) {
            reports.ledger.posting(LocalDate.of(2026, 4, 2), "CTAX", "CASH", "GBP", 10_000, "cash");
            ReportRunner runner = new ReportRunner(ReportCatalogue.of(ReportCatalogue.shipped()), reports.database,
                    reports.council, reports.clock, UnitCostsFile.load(Optional.of(council)));

            Object[] cash = runner.run("value-for-money", SPRING).firstRows(10).get(0);

            assertThat(cash[1]).isEqualTo("CASH");
            assertThat(cash[5]).isEqualTo(500L);
            assertThat(cash[13]).isEqualTo("Fernley cashiers' costing 2026");
        }
    }

    @Test
    void aWrongUnitCostFileAndAWrongShareAreClearErrors() throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("own")).resolve(UnitCostsFile.NAME), """
                channel,contact,unit_cost,source
                PIGEON,Face to face,5.00,Ours
                """);
        assertThatThrownBy(() -> UnitCostsFile.load(Optional.of(dir.resolve("own"))))
                .hasMessageStartingWith(file + " line 2: channel 'PIGEON' is not one of BACS_CREDIT, ");

        try (TestingReports reports = new TestingReports(dir)) {
            assertThatThrownBy(() -> reports.runner.run("value-for-money", Map.of("shift", "150")))
                    .hasMessage("report value-for-money, parameter shift: '150' is not a share; expected a number "
                            + "from 0 to 100, such as 25 or 12.5%");
        }
    }

    private static void post(TestingReports reports) {
        List<String> channels = List.copyOf(UNIT_PENCE.keySet());
        int i = 0;
        for (LocalDate day = LocalDate.of(2026, 4, 1); day.isBefore(LocalDate.of(2026, 7, 1)); day = day.plusDays(1)) {
            reports.ledger.posting(day, "CTAX", channels.get(i % channels.size()), "GBP", 1_000 + 37L * i, "p");
            i++;
        }
        reports.ledger.posting(LocalDate.of(2026, 5, 5), "CTAX", "CASH", "EUR", 5_000, "not in GBP figures");
    }

    /** Per channel: payments, collected, cost, payments moved, saving; from the ledger's own record of postings. */
    private static Map<String, long[]> expected(TestingReports reports, double share, long targetPence) {
        Map<String, long[]> expected = new HashMap<>();
        for (TestingLedger.Line line : reports.ledger.lines()) {
            if (line.currency().equals("GBP")) {
                long[] figures = expected.computeIfAbsent(line.channel(), key -> new long[5]);
                figures[0]++;
                figures[1] += line.pence();
                figures[2] += UNIT_PENCE.get(line.channel());
            }
        }
        // Moved payments are rounded per month, as a council would count them.
        Map<String, Long> monthly = new HashMap<>();
        reports.ledger.lines().stream().filter(l -> l.currency().equals("GBP")).forEach(l -> monthly.merge(
                l.channel() + l.day().getMonthValue(), 1L, Long::sum));
        monthly.forEach((key, payments) -> {
            String channel = key.replaceAll("[0-9]", "");
            if (List.of("CASH", "CHEQUE", "CARD_PHONE").contains(channel)) {
                long moved = Math.round(payments * share);
                expected.get(channel)[3] += moved;
                expected.get(channel)[4] += moved * (UNIT_PENCE.get(channel) - targetPence);
            }
        });
        return expected;
    }
}
