package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coffer.sampledata.SettlementScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation in the reports, on the generated settlement scenario imported through the real plugins (its
 * detail files, then its bank statements): every figure read back from the .xlsx and compared with figures worked out
 * here from the statements as written and the generator's truth of which line pays which batch.
 */
class ReconciliationReportsIT {

    private static final Map<String, String> SPRING = Map.of("from", "2025-04-01", "to", "2025-05-31");

    @TempDir
    static Path folder;

    private static ScenarioFigures figures;
    private static TestCoffer coffer;

    @BeforeAll
    static void importTheScenario() throws IOException {
        SettlementScenarioFiles scenario = SettlementScenarioFiles.write(folder.resolve("scenario"));
        figures = new ScenarioFigures(scenario);
        coffer = TestCoffer.open(folder.resolve("coffer"));
        List<Path> files = new ArrayList<>(scenario.detail());
        files.addAll(scenario.bank());
        files.forEach(coffer::importFile);
    }

    @AfterAll
    static void close() {
        if (coffer != null) {
            coffer.close();
        }
    }

    @Test
    void dailyBankingReconcilesEachDayToTheStatementsOwnBalances() {
        SheetRows rows = SheetRows.of(coffer.coffer().reports().run("daily-banking",
                Map.of("from", "2025-04-01", "to", "2025-05-31", "account", "MAIN")));

        Map<LocalDate, List<Long>> reconciled = new TreeMap<>();
        Map<LocalDate, Long> credited = new TreeMap<>();
        for (int r = 0; r < rows.size(); r++) {
            LocalDate day = rows.date(r, "Day");
            if (rows.text(r, "Channel").equals("Reconciliation")) {
                assertThat(rows.isEmpty(r, "Credited")).as("a reconciliation row credits nothing of its own").isTrue();
                reconciled.put(day, List.of(rows.pence(r, "Opening balance"), rows.pence(r, "Payments posted"),
                        rows.pence(r, "Settlements matched"), rows.count(r, "Settlements not matched"),
                        rows.pence(r, "Not matched"), rows.pence(r, "Fees and other"), rows.pence(r, "Closing balance"),
                        rows.pence(r, "Difference")));
            } else {
                credited.merge(day, rows.pence(r, "Credited"), Long::sum);
            }
        }

        assertThat(reconciled).isNotEmpty().isEqualTo(figures.reconciledDays());
        assertThat(credited).as("the channel rows still agree with the statements' own credits")
                .isEqualTo(figures.creditsByDay());
        assertThat(rows.totalPence("Credited")).isEqualTo(figures.creditsByDay().values().stream()
                .mapToLong(Long::longValue).sum());
        assertThat(rows.totalPence("Difference")).isZero();
    }

    @Test
    void importsCountEachFilesSettlementLinesOrBatchesMatchedProposedAndNotMatched() {
        SheetRows rows = SheetRows.of(coffer.coffer().reports().run("imports",
                Map.of("from", "2026-04-01", "to", "2026-04-30")));

        Map<String, List<Long>> counted = new TreeMap<>();
        for (int r = 0; r < rows.size(); r++) {
            counted.put(rows.text(r, "File"), List.of(rows.count(r, "Matched"),
                    rows.count(r, "Proposed"), rows.count(r, "Not matched")));
        }

        assertThat(counted).isEqualTo(figures.matchingByFile()).containsKey("MAIN-settlements-2025-04-28.sta");
    }

    @Test
    void valueForMoneyAddsTheFeesEachChannelsProvidersKeptToItsCost() {
        SheetRows rows = SheetRows.of(coffer.coffer().reports().run("value-for-money", SPRING));

        Map<String, Long> byMonthAndChannel = new TreeMap<>();
        long allFees = 0;
        for (int r = 0; r < rows.size(); r++) {
            String channel = rows.text(r, "Channel");
            long fees = rows.pence(r, "Provider fees");
            assertThat(rows.pence(r, "Total cost")).as("row %d", r)
                    .isEqualTo(rows.pence(r, "Cost of collection") + fees);
            if (rows.text(r, "Month").equals("Whole period") && channel.equals("All channels")) {
                allFees = fees;
                assertThat(rows.pence(r, "Cost per payment")).isEqualTo(Math.round(
                        rows.pence(r, "Total cost") / (double) rows.count(r, "Payments")));
            } else if (!channel.equals("All channels") && fees != 0) {
                byMonthAndChannel.put(rows.text(r, "Month") + " " + channel, fees);
            }
        }

        Map<String, Long> expected = new TreeMap<>();
        figures.feesByMonthAndChannel().forEach((month, fees) -> {
            expected.put(month, fees);
            expected.merge("Whole period " + month.substring(month.lastIndexOf(' ') + 1), fees, Long::sum);
        });
        assertThat(expected.keySet()).as("card and GOV.UK Pay fees, both months").contains(
                "April 2025 CARD_ONLINE", "May 2025 CARD_ONLINE", "April 2025 GOVUK_PAY", "Whole period CARD_PHONE");
        assertThat(byMonthAndChannel).isEqualTo(expected);
        assertThat(allFees).isEqualTo(figures.feesByMonthAndChannel().values().stream().mapToLong(Long::longValue)
                .sum());
    }

    @Test
    void feesPerChannelAreQueryableAndAreTheGeneratorsFees() {
        long fileFees = coffer.sum("SELECT CAST(sum(fee_pence) AS BIGINT) FROM settlement_fees WHERE source = 'FILE'");
        long ruleFees = coffer.sum("SELECT CAST(sum(fee_pence) AS BIGINT) FROM settlement_fees "
                + "WHERE source = 'FEE_RULE' AND settler = 'CARD'");

        assertThat(figures.govukPayFees()).isPositive();
        assertThat(figures.cardFees()).isPositive();
        assertThat(fileFees).as("GOV.UK Pay's fee lines of the batches it settled").isEqualTo(figures.govukPayFees());
        assertThat(ruleFees).as("the acquirer's %d basis points of each settled day's sales",
                SettlementScenario.CARD_FEE_BASIS_POINTS).isEqualTo(figures.cardFees());
        assertThat(coffer.sum("SELECT count(*) FROM settlement_fees WHERE source = 'SHORTFALL'"))
                .as("no match in force paid short: the short ones wait for a person").isZero();
    }
}
