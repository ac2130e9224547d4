package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fees a settler kept, shared over the channels of the batch it paid: the settlement_fees view and the value-for-money
 * report's provider fees, with matches written as the matcher and people write them.
 */
class ProviderFeesReportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 6);

    @TempDir
    Path dir;

    private TestingReports reports;

    @BeforeEach
    void open() {
        reports = new TestingReports(dir);
    }

    @AfterEach
    void close() {
        reports.close();
    }

    @Test
    void aMatchsRuleFeeAndShortfallAreSharedByChannelSalesToThePenny() {
        long batch = batch("card-0506.csv", 5_000, 2_000, 3_000);
        match(1, "BY_HAND", 50, -25, batch);

        // Card online sold 7,000 of 10,000: 35p of the 50p fee and 17p of the 25p short, plus the penny left over.
        assertThat(feesByChannelAndSource()).containsOnly(Map.entry("CARD_ONLINE FEE_RULE", 35L),
                Map.entry("CARD_PHONE FEE_RULE", 15L), Map.entry("CARD_ONLINE SHORTFALL", 18L),
                Map.entry("CARD_PHONE SHORTFALL", 7L));
    }

    @Test
    void proposalsAndUndoneMatchesKeepNoFees() {
        match(1, "PROPOSED", 50, -3, batch("card-0506.csv", 5_000, 2_000, 3_000));
        match(2, "EXACT", 40, 0, batch("card-0507.csv", 4_000, 0, 4_000));
        reports.database.jdbi().useHandle(h -> h.execute("INSERT INTO settlement_matches VALUES (3, 'CARD', "
                + "'ONE_TO_ONE', 'UNDO', 0, 0, -40, 0, 'test', TIMESTAMP '2026-05-08 09:00:00', 'wrong day', 2, NULL)"));

        assertThat(feesByChannelAndSource()).isEmpty();
    }

    @Test
    void valueForMoneyCountsTheFeesOnTheirChannelAndSharesThemByFund() {
        match(1, "BY_HAND", 50, -25, batch("card-0506.csv", 5_000, 2_000, 3_000));
        Map<String, String> may = Map.of("from", "2026-05-01", "to", "2026-05-31");

        assertThat(wholePeriodFees(reports.runner.run("value-for-money", may)))
                .containsOnly(Map.entry("CARD_ONLINE", 53L), Map.entry("CARD_PHONE", 22L),
                        Map.entry("All channels", 75L));
        // Council tax collected 5,000 of the 7,000 taken online: 53p x 5/7 is 37.9p.
        Map<String, String> councilTax = new HashMap<>(may);
        councilTax.put("fund", "CTAX");
        assertThat(wholePeriodFees(reports.runner.run("value-for-money", councilTax)))
                .containsOnly(Map.entry("CARD_ONLINE", 38L), Map.entry("CARD_PHONE", 22L),
                        Map.entry("All channels", 60L));
    }

    /** A detail batch of card payments: council tax and business rates online, council tax by phone. */
    private long batch(String file, long councilTaxOnline, long ratesOnline, long councilTaxPhone) {
        reports.ledger.storedImport(file, Instant.parse("2026-05-07T08:00:00Z"), "4471882", "GBP", List.of(
                reports.ledger.line("4471882", DAY, "CARD_ONLINE", "GBP", councilTaxOnline, "CTAX", "online"),
                reports.ledger.line("4471882", DAY, "CARD_ONLINE", "GBP", ratesOnline, "NNDR", "online"),
                reports.ledger.line("4471882", DAY, "CARD_PHONE", "GBP", councilTaxPhone, "CTAX", "phone")));
        return reports.database.jdbi().withHandle(h -> h.createQuery("SELECT max(id) FROM statements")
                .mapTo(Long.class).one());
    }

    private void match(long id, String method, long feePence, long differencePence, long statementId) {
        reports.database.jdbi().useHandle(h -> {
            h.createUpdate("""
                    INSERT INTO settlement_matches VALUES (:id, 'CARD', 'ONE_TO_ONE', :method, 0, 0, :fee, :difference,
                        'test', TIMESTAMP '2026-05-08 09:00:00', 'test', NULL, NULL)""")
                    .bind("id", id).bind("method", method).bind("fee", feePence).bind("difference", differencePence)
                    .execute();
            h.createUpdate("INSERT INTO settlement_match_lines VALUES (:id, 'DETAIL', NULL, :statement)")
                    .bind("id", id).bind("statement", statementId).execute();
        });
    }

    private Map<String, Long> feesByChannelAndSource() {
        return reports.database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT channel || ' ' || source AS k, CAST(sum(fee_pence) AS BIGINT) AS pence
                        FROM settlement_fees GROUP BY ALL""")
                .reduceRows(new HashMap<String, Long>(), (map, row) -> {
                    map.put(row.getColumn("k", String.class), row.getColumn("pence", Long.class));
                    return map;
                }));
    }

    private static Map<String, Long> wholePeriodFees(ReportResult result) {
        Map<String, Long> fees = new HashMap<>();
        for (Object[] row : result.firstRows(100)) {
            if (row[0].equals("Whole period")) {
                fees.put((String) row[1], (Long) row[6]);
                assertThat((Long) row[7]).as("total cost of %s", row[1]).isEqualTo((Long) row[5] + (Long) row[6]);
            }
        }
        return fees;
    }
}
